import Catalog

/// `cases show`: a case with its steps and its trail, personal data masked in every field,
/// the trail's actions included (a pause reason often quotes an ID number or a name).
public struct CaseDetailView: Encodable {
    /// One entry of the trail without its before/after snapshots, which hold unmasked data.
    public struct HistoryEntry: Encodable, Sendable {
        public var at: String
        public var actor: String
        public var action: String
    }

    public var `case`: CaseView
    public var steps: [CaseStepRecord]
    public var history: [HistoryEntry]

    public init(_ detail: Ledger.CaseDetail, catalog: Catalog, mask: PersonalDataMask) {
        `case` = CaseView(detail.record, catalog: catalog, mask: mask, overdue: detail.overdue)
        steps = detail.steps
        history = detail.history.map { HistoryEntry(at: $0.at, actor: $0.actor, action: mask.text($0.action)) }
    }

    /// The case's line, its steps and its trail, for terminals.
    public var text: String {
        var lines = [`case`.line, "", "办理环节："]
        lines += steps.map { "  \($0.stepId)  \($0.performedBy)  \($0.performedAt)" }
        lines += ["", "操作记录："]
        lines += history.map { "  \($0.at)  \($0.actor)  \($0.action)" }
        return lines.joined(separator: "\n") + "\n"
    }
}
