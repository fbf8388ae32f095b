import ArgumentParser
import Assessment
import Hall
import Store

/// `onestop quality --period 2026-10`: each window's 按时办结率, 办事准确率 and 满意率 against the
/// hall's targets, with what falls short.
struct QualityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quality", abstract: "服务质量报告：各窗口的按时办结率、办事准确率、满意率、办件数与平均办理时间，对照大厅目标列出未达标项。")
    @OptionGroup var database: DatabaseOptions
    @Option(name: .long, help: "期间：YYYY-MM、YYYY、YYYY-S1 或 YYYY-S2。", transform: PeriodArgument.parse) var period: Period
    @Option(name: .long, help: "text、json、csv 或 html（带柱状图和趋势图的网页）。") var format: QualityFormat = .text

    enum QualityFormat: String, ExpressibleByArgument, CaseIterable { case text, json, csv, html }

    func run() throws {
        let ledger = try database.ledger()
        let reporting = QualityReporting(ledger: ledger)
        let report = try database.attempt { () throws(LedgerError) in try reporting.report(period) }
        let document = reporting.document(report)
        switch format {
        case .text: Terminal.write(document.text)
        case .json: Terminal.write(document.json)
        case .csv: Terminal.write(document.csv)
        case .html: Terminal.write(document.html)
        }
    }
}
