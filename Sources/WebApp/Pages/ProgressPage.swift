import Hall
import Store

/// `/progress` (办件进度查询): the form, and the one answer a student gets: the status and
/// the due date, or the same "not found" whether the case is missing or the digits are wrong.
struct ProgressPage {
    var caseNumber = ""
    var answer: ProgressLookup.Answer?
    var notFound = false
    var failure: String?
    /// The rate form (好差评), shown after the digits check when the case is closed and not yet rated.
    var rate: RateForm?
}

/// The applicant's rate form: the case and the digits already checked, the five levels, the reasons.
struct RateForm {
    struct Choice {
        var value: String
        var label: String
        var checked: Bool
    }

    var caseNumber: String
    var digits: String
    var channel: String
    var levels: [Choice]
    var reasons: [Choice]
    var comment = ""
    var failure: String?

    /// `choices`: the reasons the hall's file lists (`hall.ratings.reasons`).
    init(
        caseNumber: Int64, digits: String, channel: String, level: String = "", reasons: [String] = [],
        choices: [String]
    ) {
        self.caseNumber = String(caseNumber)
        self.digits = digits
        self.channel = channel
        levels = RatingRecord.Level.allCases.map {
            Choice(value: $0.rawValue, label: $0.chinese, checked: $0.rawValue == level)
        }
        self.reasons = choices.map { Choice(value: $0, label: $0, checked: reasons.contains($0)) }
    }
}
