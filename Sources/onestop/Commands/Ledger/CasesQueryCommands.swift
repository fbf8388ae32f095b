import ArgumentParser
import Catalog
import Store

struct CasesShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "显示一件办件及其全部操作记录。")
    @OptionGroup var options: LedgerOptions
    @Argument(help: "办件编号。") var id: Int64

    func run() throws {
        let ledger = try options.ledger()
        let detail = try options.attempt { () throws(LedgerError) in try ledger.show(id) }
        let view = CaseDetailView(
            detail, catalog: ledger.catalog, mask: try options.mask(ledger, .caseDetail, record: id))
        Terminal.write(options.format == .json ? JSONOutput.encode(view, snakeCase: true) : view.text)
    }
}

struct CasesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出办件（新近的在前）。")
    @OptionGroup var options: LedgerOptions
    @Option(name: .long, help: "只列出该窗口的办件。") var window: Int?
    @Option(name: .long, help: "open（办理中）、paused（暂停）、completed（已办结）或 refused（不予受理）。") var status: CaseRecord.Status?
    @Option(name: .long, help: "最多列出的件数。") var limit = 50

    func run() throws {
        let ledger = try options.ledger()
        let records = try options.attempt { () throws(LedgerError) in
            try ledger.list(window: window, status: status, limit: limit)
        }
        let mask = try options.mask(ledger, .caseList, subject: listSubject)
        let views = records.map { CaseView($0, catalog: ledger.catalog, mask: mask) }
        if options.format == .json {
            struct Body: Encodable { var cases: [CaseView] }
            Terminal.write(JSONOutput.encode(Body(cases: views), snakeCase: true))
        } else {
            Terminal.write(views.isEmpty ? "没有办件\n" : views.map(\.line).joined(separator: "\n") + "\n")
        }
    }

    /// What was listed, for the disclosure: the filters as they were given.
    var listSubject: String {
        let filters =
            (window.map { ["--window \($0)"] } ?? []) + (status.map { ["--status \($0.rawValue)"] } ?? [])
            + ["--limit \(limit)"]
        return filters.joined(separator: " ")
    }
}

struct CasesQueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue", abstract: "B岗已受理、待A岗集中办理的办件，按窗口分组。")
    @OptionGroup var options: LedgerOptions
    @Option(name: .long, help: "日期，YYYY-MM-DD（默认：今天）。") var day: CivilDate?

    func run() throws {
        let ledger = try options.ledger()
        let today = day ?? ledger.clock.now().date
        let groups = try options.attempt { () throws(LedgerError) in try ledger.queue(on: today) }
        let span = ledger.catalog.hall?.posts.first { $0.id == "A" }?.processes ?? "15:30-17:30"
        let mask = try options.mask(ledger, .caseQueue, subject: today.description)
        if options.format == .json {
            struct Group: Encodable {
                var window: Int
                var cases: [CaseView]
            }
            struct Body: Encodable {
                var day: String
                var processing: String
                var windows: [Group]
            }
            let windows = groups.map { group in
                Group(
                    window: group.window,
                    cases: group.cases.map { CaseView($0, catalog: ledger.catalog, mask: mask) })
            }
            Terminal.write(
                JSONOutput.encode(Body(day: today.description, processing: span, windows: windows), snakeCase: true))
            return
        }
        var lines = ["\(today) A岗集中办理 \(span)"]
        if groups.isEmpty { lines.append("没有待办的办件") }
        for group in groups {
            lines.append("\(group.window)号窗口（\(group.cases.count) 件）")
            lines += group.cases.map { "  " + CaseView($0, catalog: ledger.catalog, mask: mask).line }
        }
        Terminal.write(lines.joined(separator: "\n") + "\n")
    }
}
