import ArgumentParser
import Assessment
import Catalog
import Hall
import Store

struct CasesOverdueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue", abstract: "逾期报告：某期间内超过期限的办件、首问转办、投诉与报修，按窗口合计并列出每个逾期日。")
    @OptionGroup var database: DatabaseOptions
    @Option(name: .long, help: "text、json 或 csv（csv 每个逾期日一行，可用 Excel 打开）。") var format: OverdueFormat = .text
    @Option(name: .long, help: "考核期间：YYYY-MM、YYYY、YYYY-S1 或 YYYY-S2（只计该期间内的逾期日）。", transform: PeriodArgument.parse)
    var period: Period?
    @Option(name: .long, help: "起始日期，YYYY-MM-DD（只计此日起的逾期日）。") var from: CivilDate?
    @Option(name: .long, help: "截止日期，YYYY-MM-DD（默认：今天）。") var to: CivilDate?
    @Option(name: .customLong("as-of"), help: "同 --to。") var asOf: CivilDate?
    @Option(name: .long, help: "只报告该窗口。") var window: Int?

    enum OverdueFormat: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    func validate() throws {
        if to != nil && asOf != nil { throw ValidationError("--to 与 --as-of 只能写一个") }
        if period != nil && (from != nil || to != nil || asOf != nil) {
            throw ValidationError("--period 不能与 --from、--to 同时使用")
        }
    }

    /// The days reported: a period, or `--from`/`--to` (the last day defaulting to the hall's today).
    func span(today: CivilDate) -> OverdueSpan {
        if let period { return .period(period) }
        return .days(from: from, through: to ?? asOf ?? today)
    }

    func run() throws {
        let ledger = try database.ledger()
        let span = span(today: ledger.clock.now().date)
        let reporting = OverdueReporting(ledger: ledger)
        let report = try database.attempt { () throws(LedgerError) in try reporting.report(span, window: window) }
        let document = reporting.document(
            report, mask: try database.mask(ledger, .overdue, subject: span.subject(window: window)))
        switch format {
        case .json: Terminal.write(document.json)
        case .csv: Terminal.write(document.csv)
        case .text: Terminal.write(document.text)
        }
    }
}
