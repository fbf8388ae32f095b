import Assessment
import Catalog
import Store

/// The quality report (按时办结率, 办事准确率, 满意率) per window and period, from the ledger's
/// cases, complaints and the `rating` table, against the hall's targets. See docs/quality.md.
public struct QualityReporting: Sendable {
    public let ledger: Ledger

    public init(ledger: Ledger) {
        self.ledger = ledger
    }

    public var targets: QualityReport.Targets { .init(ledger.catalog.hall?.commitments) }

    public func report(_ period: Period) throws(LedgerError) -> QualityReport {
        let figures = try ledger.qualityFigures(from: period.first, through: period.last)
        var trend: [QualityReport.Month] = []
        var month = period.months[period.months.count - 1]
        for _ in 0..<QualityReport.trendMonths {
            let monthly = try ledger.qualityFigures(from: month.first, through: month.last)
            trend.insert(.init(month: month.description, figures: Self.total(monthly)), at: 0)
            month = month.previous
        }
        return assemble(period, figures: figures, trend: trend)
    }

    /// `report` for a server's request, off the cooperative thread pool.
    public func report(_ period: Period) async throws(LedgerError) -> QualityReport {
        try await Offload.run { () throws(LedgerError) in try report(period) }
    }

    /// The report as text, JSON, CSV or a page of its own.
    public func document(_ report: QualityReport) -> QualityDocument { QualityDocument(report: report) }

    private func assemble(_ period: Period, figures: [Int: QualityFigures], trend: [QualityReport.Month])
        -> QualityReport
    {
        let targets = targets
        var numbers = ledger.catalog.windowsByNumber.map { ($0.number, $0.name) }
        for number in figures.keys.sorted() where !numbers.contains(where: { $0.0 == number }) {
            numbers.append((number, "\(number)号窗口"))
        }
        let windows = numbers.map { number, name in
            QualityReport.Line(
                number: number, name: name, figures: figures[number] ?? QualityFigures(window: number),
                targets: targets)
        }
        let hall = QualityReport.Line(number: nil, name: "全大厅", figures: Self.total(figures), targets: targets)
        return QualityReport(period: period, windows: windows, hall: hall, targets: targets, trend: trend)
    }

    static func total(_ figures: [Int: QualityFigures]) -> QualityFigures {
        figures.values.reduce(QualityFigures(window: 0)) { $0.adding($1) }
    }
}
