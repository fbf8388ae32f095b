import Catalog
import Store

/// What `audit verify` shows: whether the chain and the rows fit, every problem, and the head
/// to note elsewhere; as text for staff and as JSON.
public struct AuditDocument: Sendable {
    public let report: AuditReport
    /// The head the report was checked against, if one was given.
    public let anchor: AuditAnchor?

    public var isIntact: Bool { report.isIntact }

    public var text: String {
        let head = report.head.map { "链头：#\($0.id) \($0.hash)\n" } ?? "审计记录为空，尚无链头\n"
        guard report.isIntact else {
            let problems = report.problems.map { "  \($0.message)\n" }.joined()
            return "审计记录与台账不符：发现 \(report.problems.count) 处问题\n\(problems)\(head)\(AuditReport.remedy)\n"
        }
        let checked = anchor.map { "，记下的链头 #\($0.id) 仍在且未变" } ?? ""
        return "审计链完整：共 \(report.entries) 条记录，台账与审计记录相符\(checked)\n\(head)"
    }

    public var json: String { JSONOutput.encode(Body(report)) }

    private struct Body: Encodable {
        struct Head: Encodable {
            var id: Int64
            var hash: String
        }

        struct Problem: Encodable {
            var code: String
            var entry: Int64?
            var message: String
        }

        var intact: Bool
        var entries: Int
        var head: Head?
        var problems: [Problem]

        init(_ report: AuditReport) {
            intact = report.isIntact
            entries = report.entries
            head = report.head.map { Head(id: $0.id, hash: $0.hash) }
            problems = report.problems.map { Problem(code: $0.code, entry: $0.entry, message: $0.message) }
        }
    }
}
