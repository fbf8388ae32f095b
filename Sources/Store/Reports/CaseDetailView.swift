import Catalog
import Foundation

/// `cases show`: a case with its steps and its trail, personal data masked in every field,
/// the trail's actions included (a pause reason often quotes an ID number or a name).
public struct CaseDetailView: Encodable {
    /// One entry of the trail without its before/after snapshots, which hold unmasked data.
    public struct HistoryEntry: Encodable, Sendable {
        public var at: String
        public var actor: String
        /// The actor's name on the hall's staff list (nil when not on it).
        public var actorName: String?
        /// As stored (`pause: 原因`), for programs.
        public var action: String
        /// As window staff say it (`暂停：原因`).
        public var label: String
    }

    /// A step done, with the step's name from the catalog.
    public struct StepEntry: Encodable, Sendable {
        public var stepId: String
        public var name: String
        public var performedBy: String
        /// The performer's name on the hall's staff list (nil when not on it).
        public var performedByName: String?
        public var performedAt: String
    }

    public var `case`: CaseView
    public var steps: [StepEntry]
    public var history: [HistoryEntry]

    public init(_ detail: Ledger.CaseDetail, catalog: Catalog, mask: PersonalDataMask) {
        `case` = CaseView(detail.record, catalog: catalog, mask: mask, overdue: detail.overdue)
        let service = catalog.service(detail.record.serviceId)
        steps = detail.steps.map { step in
            StepEntry(
                stepId: step.stepId, name: service?.steps.first { $0.id == step.stepId }?.name ?? step.stepId,
                performedBy: step.performedBy, performedByName: catalog.hall?.staffMember(step.performedBy)?.name,
                performedAt: step.performedAt)
        }
        history = detail.history.map { entry in
            let action = mask.text(entry.action)
            let windows = (Self.windowNumber(in: entry.before), Self.windowNumber(in: entry.after))
            return HistoryEntry(
                at: entry.at, actor: entry.actor, actorName: catalog.hall?.staffMember(entry.actor)?.name,
                action: action,
                label: TrailAction(action).label(service: service, windows: windows))
        }
    }

    /// The case's line, its steps and its trail, for terminals.
    public var text: String {
        var lines = [`case`.line, "", "办理环节："]
        lines += steps.map { "  \($0.name)  \($0.performedByName ?? $0.performedBy)  \($0.performedAt)" }
        lines += ["", "操作记录："]
        lines += history.map { "  \($0.at)  \($0.actorName ?? $0.actor)  \($0.label)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The window of a case snapshot of the trail (its JSON), if it names one.
    private static func windowNumber(in snapshot: String?) -> Int? {
        struct Window: Decodable {
            var number: Int
            enum CodingKeys: String, CodingKey { case number = "window_number" }
        }
        return snapshot.flatMap { try? JSONDecoder().decode(Window.self, from: Data($0.utf8)).number }
    }
}
