import ArgumentParser
import Catalog
import Foundation
import Hall
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
            let document = try AuditVerification(databasePath: AppDatabase.defaultPath(option: db)).verify(
                anchor: anchor)
            if format == .json {
                Terminal.write(document.json)
            } else {
                // How to check the head later is the command line's own advice.
                let later = document.report.head.map {
                    "请另行记下链头（打印或发给主任）；日后用 onestop audit verify --anchor \($0) 核对，历史若被改写即可发现\n"
                }
                Terminal.write(document.text + (document.isIntact ? later ?? "" : ""))
            }
            if !document.isIntact { throw ExitCode.failure }
        }
    }
}
