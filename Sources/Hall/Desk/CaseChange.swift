import Catalog
import Store

/// A case as the desk shows it after changing it: a sentence saying what was done, then the
/// case's line (text), or the case alone (`--format json`, the same object as `cases list`).
public struct CaseChange: Sendable {
    public enum Change: Sendable, Hashable {
        case accepted
        case transition(CaseDesk.Transition)
    }

    public let record: CaseRecord
    public let change: Change
    public let view: CaseView

    public init(_ record: CaseRecord, change: Change, catalog: Catalog, mask: PersonalDataMask) {
        self.record = record
        self.change = change
        view = CaseView(record, catalog: catalog, mask: mask)
    }

    /// What was done, in the clerk's words.
    public var message: String {
        let id = record.id ?? 0
        switch change {
        case .accepted: return "已受理，办件编号 #\(id)，应于 \(record.due) 前办结" + Self.provisionalMark(record.dueProvisional)
        case .transition(let transition):
            switch transition {
            case .pause: return "办件 #\(id) 已暂停，待申请人补正"
            case .resume: return "办件 #\(id) 已恢复办理，期限为 \(record.due)"
            case .complete: return "办件 #\(id) 已办结"
            case .refuse: return "办件 #\(id) 不予受理"
            case .transfer(let window): return "办件 #\(id) 已转至 \(window) 号窗口"
            }
        }
    }

    public var text: String { "\(message)\n\(view.line)\n" }

    public var json: String { JSONOutput.encode(view, snakeCase: true) }

    /// The mark after a due date that rests on a year whose arrangement is not yet published.
    public static func provisionalMark(_ provisional: Bool) -> String {
        provisional ? "（\(DueDate.provisionalNote)）" : ""
    }
}

/// A step of a case's procedure as recorded: who did it and when.
public struct StepDone: Sendable {
    public let entry: CaseStepRecord

    public init(_ entry: CaseStepRecord) {
        self.entry = entry
    }

    public var text: String {
        "办件 #\(entry.caseId) 环节“\(entry.stepId)”由 \(entry.performedBy) 于 \(entry.performedAt) 完成\n"
    }

    public var json: String { JSONOutput.encode(entry, snakeCase: true) }
}
