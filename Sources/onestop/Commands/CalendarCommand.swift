import ArgumentParser
import Catalog
import Foundation
import Hall
import Store

struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar", abstract: "工作日日历：导入国务院节假日安排通知，重算按推算日历计算的办件期限。",
        subcommands: [CalendarImportCommand.self, CalendarRecomputeCommand.self])
}

struct CalendarImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "读取国务院办公厅节假日安排通知的原文，把该年写入目录的日历文件。")

    @OptionGroup var catalog: CatalogOptions

    @Argument(help: "通知原文的文本文件（UTF-8）。")
    var file: String

    @Flag(name: .long, help: "不询问，直接写入。")
    var yes = false

    @Option(name: .long, help: "写入后重算该数据库中按推算日历计算期限的办件。")
    var db: String?

    @Option(name: .long, help: "经办人（默认：$USER），记入重算的审计记录。")
    var by: String?

    @OptionGroup var time: AtOption

    func run() throws {
        let input = try InputFile(path: file)
        let importing = CalendarImporting(source: try catalog.source())
        let plan = try importing.plan(noticeData: input.data, file: file)
        Terminal.write(try importing.summary(plan))
        guard case .add = plan.outcome else { return }
        try confirm("写入 \(plan.file)？[y/N] ")
        try importing.apply(plan)
        Terminal.write("已写入 \(plan.file)：\(plan.arrangement.year)年\n")
        if let db { try recompute(db: db) }
    }

    private func confirm(_ question: String) throws {
        guard !yes else { return }
        guard isatty(STDIN_FILENO) == 1 else {
            throw CommandError("没有终端可供确认，未写入；核对上面的日期无误后加 --yes 再运行", code: .confirmationNeeded)
        }
        Terminal.write(question)
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        guard ["y", "yes", "是"].contains(answer) else {
            Terminal.write("未写入\n")
            throw ExitCode.failure
        }
    }

    /// Opens the ledger only now, on the catalog as just written, so the new year counts.
    private func recompute(db: String) throws {
        let ledger = try DatabaseOptions.ledger(catalog: try catalog.load(), path: db)
        try CalendarRecomputeCommand.report(ledger: ledger, at: time.time(ledger), by: DatabaseOptions.actor(by))
    }
}

struct CalendarRecomputeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recompute", abstract: "按现在的日历重算期限为推算值（暂按法定节假日）的办件，并记入审计。")

    @OptionGroup var options: DatabaseOptions
    @OptionGroup var time: AtOption

    func run() throws {
        let ledger = try options.ledger()
        try Self.report(ledger: ledger, at: time.time(ledger), by: options.actor)
    }

    static func report(ledger: Ledger, at: CivilDateTime, by: String) throws {
        Terminal.write(try CalendarImporting.recompute(ledger, at: at, by: by))
    }
}
