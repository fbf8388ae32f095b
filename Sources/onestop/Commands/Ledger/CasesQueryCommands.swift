import ArgumentParser
import Catalog
import Hall
import Store

struct CasesShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "显示一件办件及其全部操作记录。")
    @OptionGroup var options: LedgerOptions
    @Argument(help: "办件编号。") var id: Int64

    func run() throws {
        let showing = CaseShowing(ledger: try options.ledger())
        let detail = try options.attempt { () throws(LedgerError) in try showing.detail(id) }
        let view = showing.view(detail, mask: try options.mask(showing.ledger, .caseDetail, record: id))
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
        let listing = CaseListing(ledger: try options.ledger())
        let filter = CaseListing.Filter(window: window, status: status, limit: limit)
        let records = try options.attempt { () throws(LedgerError) in try listing.records(filter) }
        let list = listing.list(records, mask: try options.mask(listing.ledger, .caseList, subject: filter.subject))
        Terminal.write(options.format == .json ? list.json : list.text)
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
        let queueing = CaseQueueing(ledger: ledger)
        let groups = try options.attempt { () throws(LedgerError) in try queueing.records(on: today) }
        let queue = queueing.queue(
            on: today, groups, mask: try options.mask(ledger, .caseQueue, subject: today.description))
        Terminal.write(options.format == .json ? queue.json : queue.text)
    }
}
