import Assessment
import Hall

/// `/quality`: the quality report as a page, its figures and charts from the same Hall
/// operation as `onestop quality`. Stored properties only: Mustache reads them by reflection.
struct QualityPage {
    struct Cell {
        var text: String
        var short: Bool
    }

    struct Row {
        var label: String
        var cases: Int
        var ratings: Int
        var rates: [Cell]
        var hours: String
        var shortfalls: String
        var isHall: Bool
    }

    struct Chart {
        var title: String
        var svg: String
    }

    var period: String
    var heading: String
    var targets: String
    var error: String?
    var rows: [Row]
    var charts: [Chart]
    var trend: String
    var trendMonths: Int
    var hasReport: Bool

    /// The form alone, with why the period was refused.
    init(period: String, error: String) {
        self.period = period
        heading = "服务质量报告"
        targets = ""
        self.error = error
        rows = []
        charts = []
        trend = ""
        trendMonths = 0
        hasReport = false
    }

    init(_ report: QualityReport) {
        period = report.period.text
        let document = QualityDocument(report: report)
        heading = document.heading
        targets = QualityReport.Measure.allCases.map {
            "\($0.chinese) \(report.targets[$0].map { QualityDocument.percent($0) } ?? "未设")"
        }.joined(separator: "，")
        error = nil
        rows = (report.windows + [report.hall]).map { line in
            Row(
                label: line.number.map { "\($0)号窗口 \(line.name)" } ?? line.name, cases: line.figures.closed,
                ratings: line.figures.ratingCount,
                rates: QualityReport.Measure.allCases.map { measure in
                    Cell(
                        text: QualityDocument.percent(line.rate(measure)),
                        short: line.shortfalls.contains { $0.measure == measure })
                },
                hours: line.figures.averageHandlingHours.map { String(($0 * 10).rounded() / 10) } ?? "—",
                shortfalls: line.shortfalls.map(\.name).joined(separator: "、"), isHall: line.number == nil)
        }
        charts = QualityReport.Measure.allCases.map {
            Chart(title: $0.chinese, svg: QualityChart.bars(report, measure: $0))
        }
        trend = QualityChart.trend(report)
        trendMonths = report.trend.count
        hasReport = true
    }
}
