import ArgumentParser
import Catalog
import Store

struct CasesOverdueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue", abstract: "逾期报告：截至某日超过期限的办件、首问转办、投诉与报修，按窗口。")
    @OptionGroup var options: LedgerOptions
    @Option(name: .customLong("as-of"), help: "截至日期，YYYY-MM-DD（默认：今天）。") var asOf: CivilDate?

    func run() throws {
        let ledger = try options.ledger()
        let day = asOf ?? CivilDateTime.now().date
        let report = try options.attempt { () throws(LedgerError) in try ledger.overdue(asOf: day) }
        let cases = report.cases.compactMap { item in
            item.record.map { CaseView($0, catalog: ledger.catalog, unmasked: options.unmask, overdue: item) }
        }
        let others = report.items.filter { $0.kind != "case" }.map(FollowUpView.init)
        if options.format == .json {
            struct Body: Encodable {
                var asOf: String
                var cases: [CaseView]
                var followUps: [FollowUpView]
            }
            Terminal.write(
                JSONOutput.encode(Body(asOf: day.description, cases: cases, followUps: others), snakeCase: true))
            return
        }
        var lines = ["截至 \(day) 的逾期情况"]
        if cases.isEmpty && others.isEmpty { lines.append("没有逾期") }
        let windows = Set(cases.map(\.windowNumber) + others.compactMap(\.window)).sorted()
        for window in windows {
            lines.append("\(window)号窗口")
            lines += cases.filter { $0.windowNumber == window }.map { "  " + $0.line }
            lines += others.filter { $0.window == window }.map { "  " + $0.line }
        }
        lines += others.filter { $0.window == nil }.map { "  " + $0.line }
        Terminal.write(lines.joined(separator: "\n") + "\n")
    }
}

/// An overdue referral, complaint or repair.
struct FollowUpView: Encodable {
    var kind: String
    var id: Int64
    var window: Int?
    var subject: String
    var due: String
    var completed: String?
    var overdueWorkingDays: Int?
    var overdueHours: Int?

    init(_ item: OverdueReport.Item) {
        kind = item.kind
        id = item.id
        window = item.window
        subject = PersonalData.maskIDNumbers(in: item.subject)
        due = item.due
        completed = item.completed
        overdueWorkingDays = item.overdueWorkingDays
        overdueHours = item.overdueHours
    }

    var line: String {
        let name = ["referral": "首问转办", "complaint": "投诉", "repair": "报修"][kind] ?? kind
        let late = overdueHours.map { "逾期 \($0) 小时" } ?? "逾期 \(overdueWorkingDays ?? 0) 个工作日"
        return "\(name) #\(id)  \(subject)  期限 \(due)  \(late)"
    }
}
