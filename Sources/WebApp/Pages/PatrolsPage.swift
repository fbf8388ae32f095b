import Hall

/// `/patrols`: a period's rounds with their findings, the findings no window has answered yet
/// (each with its 落实反馈 form), and for the office the form to record a round. Stored
/// properties only: Mustache reads them by reflection.
struct PatrolsPage {
    /// An unanswered finding with the answer form's state.
    struct Open {
        var id: Int64
        var roundAt: String
        var window: Int
        var windowName: String
        var itemName: String
        var staff: String?
        var note: String?
        var serious: Bool
        var answer: String
        var failure: String?
    }

    var period: String
    var periodError: String?
    var done: String?
    /// An answer refused for a finding the page does not list (another window's).
    var answerRefusal: String?
    var rounds: [PatrolList.Round]
    var hasRounds: Bool
    var open: [Open]
    var hasOpen: Bool
    /// Only the findings of the clerk's own windows are shown.
    var ownWindowsOnly: Bool
    var form: PatrolForm?
    /// The period the forms return to.
    var returnPeriod: String

    init(
        period: String, rounds: PatrolList, unanswered: PatrolList, ownWindowsOnly: Bool, form: PatrolForm?,
        answerFailure: (id: Int64, text: String, message: String)? = nil
    ) {
        self.period = period
        periodError = nil
        done = nil
        answerRefusal = nil
        self.rounds = rounds.patrols
        hasRounds = !rounds.patrols.isEmpty
        open = unanswered.patrols.flatMap { round in
            round.findings.map { finding in
                let failed = answerFailure?.id == finding.id ? answerFailure : nil
                return Open(
                    id: finding.id, roundAt: round.at, window: finding.window, windowName: finding.windowName,
                    itemName: finding.itemName, staff: finding.staff, note: finding.note, serious: finding.serious,
                    answer: failed?.text ?? "", failure: failed?.message)
            }
        }
        hasOpen = !open.isEmpty
        if let answerFailure, !open.contains(where: { $0.id == answerFailure.id }) {
            answerRefusal = answerFailure.message
        }
        self.ownWindowsOnly = ownWindowsOnly
        self.form = form
        returnPeriod = period
    }
}

extension PatrolList {
    /// Only the findings at `windows`, rounds without one dropped (a clerk's view).
    func only(windows: [Int]) -> PatrolList {
        var list = self
        list.patrols = patrols.compactMap { round in
            var round = round
            round.findings = round.findings.filter { windows.contains($0.window) }
            return round.findings.isEmpty ? nil : round
        }
        return list
    }
}
