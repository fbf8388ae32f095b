import Catalog
import Hall
import Notice
import Store

/// `/desk`: one search box (first-question routing, with the referral when the request is not
/// the hall's) and the look-up of cases by case number or student number.
struct DeskPage {
    struct MatchRow {
        var serviceName: String
        var window: String?
        var department: String?
        var note: String?
        var stops: String?
        var href: String
    }

    var query = ""
    /// The results' ids begin with it: `desk` here, `guide` on the public guide.
    var idPrefix = "desk"
    /// Where a match links to: the desk's notice form, or the guide's service page.
    var serviceLink = "/desk/services/"
    var searched = false
    var matches: [MatchRow] = []
    var hasMatches = false
    var outOfScope = false
    var referral: String?
    var alternatives: [MatchRow] = []
    var hasAlternatives = false
    var factsInWords: String?
    var caseNumber = ""
    var student = ""
    var lookedUp = false
    var cases: [CaseView] = []
    var hasCases = false
    var lookupFailure: String?

    /// How sure the router is (高/中/低), and whether to say so loudly.
    var confidence: String?
    var lowConfidence = false

    /// `asked`: the logged question's id, carried by every link so the choice is recorded.
    mutating func show(_ result: RouteResult, asked: Int64? = nil) {
        searched = true
        confidence = result.confidence.chinese
        lowConfidence = result.confidence == .low
        let link = serviceLink
        matches = result.matches.map { Self.row($0, facts: result.facts, link: link, asked: asked) }
        hasMatches = !matches.isEmpty
        outOfScope = result.outOfScope
        referral = result.referral.map { referral in
            // The consultation desk is in the hall: the matter was not found, not refused.
            referral.id == nil
                ? "大厅内未找到对应事项。\(referral.reason)。咨询台：\(referral.place)"
                : "不属于本大厅受理范围。\(referral.reason)：请到\(referral.place)办理"
        }
        alternatives = result.alternatives.map { Self.row($0, facts: result.facts, link: link, asked: asked) }
        hasAlternatives = !alternatives.isEmpty
        factsInWords = result.factsInWords.isEmpty ? nil : result.factsInWords.joined(separator: "，")
    }

    mutating func show(_ list: CaseList) {
        lookedUp = true
        cases = list.cases
        hasCases = !cases.isEmpty
    }

    /// A match links to its service with the facts the words gave (遗失 → 证件情况=遗失).
    static func row(_ match: RouteResult.Match, facts: [String: String], link: String, asked: Int64? = nil)
        -> MatchRow
    {
        let query =
            (facts.sorted { $0.key < $1.key }
            .map { "fact.\(DeskNoticeQuery.encode($0.key))=\(DeskNoticeQuery.encode($0.value))" }
            + (asked.map { ["asked=\($0)"] } ?? []))
            .joined(separator: "&")
        return MatchRow(
            serviceName: match.service.name,
            window: match.window.map { DeskNoticeView.mark("\($0.number)号窗口 \($0.name)", $0.assumed) },
            department: match.department?.name, note: match.note,
            stops: match.stops.count > 1 ? match.stops.map(\.department).joined(separator: " → ") : nil,
            href: link + match.service.id + (query.isEmpty ? "" : "?" + query))
    }
}
