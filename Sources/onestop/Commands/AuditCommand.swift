import ArgumentParser
import Catalog
import Foundation
import Store

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "审计记录：核对哈希链与台账是否被绕过 onestop 改动。", subcommands: [Verify.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "逐条核对审计链，并核对每个办件、办理环节、首问转办、投诉、报修、导入批次、考核事件和已发布结果是否与审计记录相符；不符时退出码为 1。")

        @Option(name: .long, help: "数据库文件（默认取 $ONESTOP_DB，未设置时为 onestop.sqlite）。")
        var db: String?

        @Option(
            name: .long, help: "此前记下的链头，编号:哈希（audit verify 所列）；核对它仍在链中且未变。",
            transform: Verify.anchor)
        var anchor: AuditAnchor?

        @Option(name: .long, help: "text 或 json。")
        var format: TextOrJSON = .text

        static func anchor(_ text: String) throws -> AuditAnchor {
            guard let anchor = AuditAnchor(text) else { throw ValidationError(AuditAnchor.format) }
            return anchor
        }

        func run() throws {
            let path = AppDatabase.defaultPath(option: db)
            guard FileManager.default.fileExists(atPath: path) else {
                throw CommandError(
                    "没有数据库文件 \(path)；请用 --db 指明要核对的台账文件", code: .fileUnreadable,
                    details: ErrorDetails(file: path))
            }
            let report: AuditReport
            do {
                report = try AuditVerifier(database: try AppDatabase(path: path)).verify(anchor: anchor)
            } catch {
                throw CommandError("无法核对数据库 \(path)：\(error)", code: .databaseFailed, details: ErrorDetails(file: path))
            }
            Terminal.write(format == .json ? JSONOutput.encode(AuditReportJSON(report)) : text(report))
            if !report.isIntact { throw ExitCode.failure }
        }

        private func text(_ report: AuditReport) -> String {
            let head = report.head.map { "链头：#\($0.id) \($0.hash)\n" } ?? "审计记录为空，尚无链头\n"
            guard report.isIntact else {
                let problems = report.problems.map { "  \($0.message)\n" }.joined()
                return "审计记录与台账不符：发现 \(report.problems.count) 处问题\n\(problems)\(head)\(AuditReport.remedy)\n"
            }
            let checked = anchor.map { "，记下的链头 #\($0.id) 仍在且未变" } ?? ""
            let note = report.head.map {
                "请另行记下链头（打印或发给主任）；日后用 onestop audit verify --anchor \($0) 核对，历史若被改写即可发现\n"
            }
            return "审计链完整：共 \(report.entries) 条记录，台账与审计记录相符\(checked)\n\(head)\(note ?? "")"
        }
    }
}

/// `audit verify --format json`.
private struct AuditReportJSON: Encodable {
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
