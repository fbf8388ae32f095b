import Catalog
import Foundation

/// An action of a case's audit trail as stored (`accept`, `pause: 原因`, `step: review`, ...),
/// read back so the trail can be shown in the words of the window (受理, 暂停：原因, 环节名).
/// The stored strings stay as they are: the audit chain digests them.
public enum TrailAction: Equatable, Sendable {
    case accept
    case pause(reason: String?)
    case resume
    case complete
    case refuse(code: String)
    case transfer
    case step(id: String)
    case recomputeDue(note: String)
    /// A fee waived in part or in full: `工本费 15` (its name and the yuan waived).
    case adjustFee(detail: String)
    /// An action this version does not know (written by a later one): shown as stored.
    case other(String)

    public init(_ stored: String) {
        let (verb, detail) = Self.split(stored)
        switch (verb, detail) {
        case ("accept", nil): self = .accept
        case ("pause", _): self = .pause(reason: detail)
        case ("resume", nil): self = .resume
        case ("complete", nil): self = .complete
        case ("refuse", let code?): self = .refuse(code: code)
        case ("transfer", nil): self = .transfer
        case ("step", let id?): self = .step(id: id)
        case ("recompute-due", let note?): self = .recomputeDue(note: note)
        case ("adjust-fee", let detail?): self = .adjustFee(detail: detail)
        default: self = .other(stored)
        }
    }

    /// The action in Chinese; `service` names the steps and refusal reasons, `windows` is the
    /// case's window before and after (for a transfer).
    public func label(service: Service?, windows: (before: Int?, after: Int?) = (nil, nil)) -> String {
        switch self {
        case .accept: return "受理"
        case .pause(let reason): return "暂停" + (reason.map { "：\($0)" } ?? "")
        case .resume: return "恢复"
        case .complete: return "办结"
        case .refuse(let code):
            return "不予受理：" + (service?.refusals.first { $0.code == code }?.text ?? code)
        case .transfer:
            guard let from = windows.before, let to = windows.after else { return "转办" }
            return "转办：\(from)号窗口→\(to)号窗口"
        case .step(let id): return "办理环节：" + (service?.steps.first { $0.id == id }?.name ?? id)
        case .recomputeDue(let note): return "重算期限：\(note)"
        case .adjustFee(let detail): return "费用减免：\(detail) 元"
        case .other(let stored): return stored
        }
    }

    /// `verb` or `verb: detail`.
    private static func split(_ stored: String) -> (verb: String, detail: String?) {
        guard let colon = stored.range(of: ": ") else { return (stored, nil) }
        return (String(stored[..<colon.lowerBound]), String(stored[colon.upperBound...]))
    }
}
