import ArgumentParser
import Catalog
import Foundation
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
        guard let text = String(data: input.data, encoding: .utf8) else {
            throw CommandError(
                "\(file) 不是 UTF-8 文本；请另存为 UTF-8 后再导入", code: .notUTF8Text, details: ErrorDetails(file: file))
        }
        let source = try catalog.source()
        let plan: CalendarImportPlan
        do {
            plan = try CalendarImporter.plan(notice: text, source: source)
        } catch {
            let line = error.line.map { "第\($0)行：" } ?? ""
            throw CommandError(
                "\(file)：\(line)\(error.message)", code: error.errorCode,
                details: ErrorDetails(file: file, row: error.line))
        }
        Terminal.write(plan.arrangement.summaryLines.joined(separator: "\n") + "\n")
        switch plan.outcome {
        case .identical:
            Terminal.write("\(plan.file) 已有\(plan.arrangement.year)年，与通知完全一致，未作改动\n")
        case .differs(let differences):
            let lines = differences.map { "\n  \($0)" }.joined()
            throw CommandError(
                "\(plan.file) 已有\(plan.arrangement.year)年，但与通知不一致（未写入）：\(lines)\n"
                    + "请核对通知原文；确需更正时手工修改日历文件后运行 onestop check", code: .calendarYearDiffers,
                details: ErrorDetails(file: plan.file))
        case .add(let newText):
            try confirm("写入 \(plan.file)？[y/N] ")
            do {
                // Written to a temporary file beside it, then renamed: a reader never sees half a file.
                try Data(newText.utf8).write(to: URL(fileURLWithPath: plan.file), options: .atomic)
            } catch {
                throw CommandError(
                    "无法写入 \(plan.file)：\(error.localizedDescription)", code: .calendarEditFailed,
                    details: ErrorDetails(file: plan.file))
            }
            Terminal.write("已写入 \(plan.file)：\(plan.arrangement.year)年\n")
            if let db { try recompute(db: db) }
        }
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
        let changes = try ledger.recomputeProvisionalDues(at: at, by: by)
        Terminal.write(changes.isEmpty ? "没有需要重算期限的记录\n" : "已按现在的日历重算 \(changes.count) 条期限：\n")
        for change in changes {
            var line = "  \(change.subject.chinese) #\(change.id)  期限 \(change.dueBefore) → \(change.dueAfter)"
            if let before = change.acceptedBefore, let after = change.acceptedAfter, before != after {
                line += "，受理日 \(before) → \(after)"
            }
            if change.stillProvisional { line += "（仍为推算：\(DueDate.provisionalNote)）" }
            Terminal.write(line + "\n")
        }
    }
}
