import Catalog
import Store

/// The quality report as text, JSON (the contract), CSV or a page of its own. Rates are
/// fractions in JSON and CSV, percentages in text; null (or "—") where there is nothing to count.
public struct QualityDocument: Sendable {
    public var report: QualityReport

    public init(report: QualityReport) {
        self.report = report
    }

    public static func percent(_ rate: Double?) -> String {
        guard let rate else { return "—" }
        let tenths = (rate * 1000).rounded() / 10
        return (tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)) + "%"
    }

    static func hours(_ hours: Double?) -> String {
        guard let hours else { return "—" }
        return String((hours * 10).rounded() / 10) + " 小时"
    }

    public var heading: String { "\(report.period.text) 服务质量报告" }

    public var text: String {
        var lines = [heading]
        let targets = QualityReport.Measure.allCases.map { measure in
            "\(measure.chinese) \(report.targets[measure].map { Self.percent($0) } ?? "未设")"
        }
        lines.append("目标：" + targets.joined(separator: "，"))
        for line in report.windows + [report.hall] {
            lines.append(Self.textLine(line))
            if !line.shortfalls.isEmpty {
                let missed = line.shortfalls.map {
                    "\($0.name) \(Self.percent($0.value)) 低于目标 \(Self.percent($0.target))"
                }
                lines.append("  未达标：" + missed.joined(separator: "；"))
            }
        }
        lines.append(
            "趋势（全大厅）："
                + report.trend.map { month in
                    "\(month.month) 按时 \(Self.percent(month.figures.rate(.onTimeRate))) 准确 \(Self.percent(month.figures.rate(.accuracyRate))) 满意 \(Self.percent(month.figures.rate(.satisfactionRate)))"
                }.joined(separator: "；"))
        return lines.joined(separator: "\n") + "\n"
    }

    static func textLine(_ line: QualityReport.Line) -> String {
        let figures = line.figures
        let label = line.number.map { "\($0)号窗口 \(line.name)" } ?? line.name
        return "\(label)：办结 \(figures.completed) 件，不予受理 \(figures.refused) 件，"
            + "按时办结率 \(percent(line.rate(.onTimeRate)))，办事准确率 \(percent(line.rate(.accuracyRate)))，"
            + "满意率 \(percent(line.rate(.satisfactionRate)))（\(figures.ratingCount) 条评价），"
            + "平均办理 \(hours(figures.averageHandlingHours))"
    }

    public var json: String { JSONOutput.encode(QualityJSONBody(report)) }

    /// One row per window, then the hall's, with a byte-order mark for Excel.
    public var csv: String {
        var rows = [
            [
                "period", "window", "name", "cases", "completed", "refused", "completed_on_time", "accurate",
                "corrected", "complained", "reworked", "ratings", "satisfied_ratings", "on_time_rate",
                "accuracy_rate", "satisfaction_rate", "average_handling_hours", "shortfalls",
            ]
        ]
        for line in report.windows + [report.hall] {
            let figures = line.figures
            let counts = [
                figures.closed, figures.completed, figures.refused, figures.completedOnTime, figures.accurate,
                figures.corrected, figures.complained, figures.reworked, figures.ratingCount, figures.satisfiedRatings,
            ].map(String.init)
            let rates = QualityReport.Measure.allCases.map { line.rate($0).map { String($0) } ?? "" }
            rows.append(
                [report.period.text, line.number.map(String.init) ?? "", line.name] + counts + rates + [
                    figures.averageHandlingHours.map { String($0) } ?? "",
                    line.shortfalls.map(\.measure.rawValue).joined(separator: ";"),
                ])
        }
        return "\u{FEFF}" + rows.map { $0.map(CSVOutput.field).joined(separator: ",") }.joined(separator: "\r\n")
            + "\r\n"
    }
}

/// The JSON contract: `{"period","windows":[{"window":{"number","name"},"cases","on_time_rate",
/// "accuracy_rate","satisfaction_rate","ratings","shortfalls":[...]}],"targets":{...}}`, plus
/// the counts behind each rate, the hall's line and the trend. Nil rates are written as null.
struct QualityJSONBody: Encodable {
    struct WindowRef: Encodable {
        var number: Int
        var name: String
    }

    struct Rates: Encodable {
        var onTimeRate: Double?
        var accuracyRate: Double?
        var satisfactionRate: Double?

        init(_ rate: (QualityReport.Measure) -> Double?) {
            onTimeRate = rate(.onTimeRate)
            accuracyRate = rate(.accuracyRate)
            satisfactionRate = rate(.satisfactionRate)
        }

        enum CodingKeys: String, CodingKey {
            case onTimeRate = "on_time_rate", accuracyRate = "accuracy_rate", satisfactionRate = "satisfaction_rate"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(onTimeRate, forKey: .onTimeRate)
            try container.encode(accuracyRate, forKey: .accuracyRate)
            try container.encode(satisfactionRate, forKey: .satisfactionRate)
        }
    }

    struct Shortfall: Encodable {
        var measure: String
        var name: String
        var value: Double
        var target: Double
    }

    struct Line: Encodable {
        var window: WindowRef?
        var line: QualityReport.Line

        enum CodingKeys: String, CodingKey {
            case window, cases, completed, refused, completedOnTime = "completed_on_time", accurate, faults
            case ratings, ratingsByLevel = "ratings_by_level", averageHandlingHours = "average_handling_hours"
            case shortfalls
        }

        enum FaultKeys: String, CodingKey { case corrected, complained, reworked }

        func encode(to encoder: any Encoder) throws {
            let figures = line.figures
            try Rates(line.rate).encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            if let window { try container.encode(window, forKey: .window) }
            try container.encode(figures.closed, forKey: .cases)
            try container.encode(figures.completed, forKey: .completed)
            try container.encode(figures.refused, forKey: .refused)
            try container.encode(figures.completedOnTime, forKey: .completedOnTime)
            try container.encode(figures.accurate, forKey: .accurate)
            var faults = container.nestedContainer(keyedBy: FaultKeys.self, forKey: .faults)
            try faults.encode(figures.corrected, forKey: .corrected)
            try faults.encode(figures.complained, forKey: .complained)
            try faults.encode(figures.reworked, forKey: .reworked)
            try container.encode(figures.ratingCount, forKey: .ratings)
            let levels = Dictionary(uniqueKeysWithValues: QualityFigures.levels.map { ($0, figures.ratings[$0] ?? 0) })
            try container.encode(levels, forKey: .ratingsByLevel)
            try container.encode(figures.averageHandlingHours, forKey: .averageHandlingHours)
            try container.encode(
                line.shortfalls.map {
                    Shortfall(measure: $0.measure.rawValue, name: $0.name, value: $0.value, target: $0.target)
                }, forKey: .shortfalls)
        }
    }

    struct Month: Encodable {
        var month: String
        var figures: QualityFigures

        enum CodingKeys: String, CodingKey { case month, cases, ratings }

        func encode(to encoder: any Encoder) throws {
            try Rates(figures.rate).encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(month, forKey: .month)
            try container.encode(figures.closed, forKey: .cases)
            try container.encode(figures.ratingCount, forKey: .ratings)
        }
    }

    var period: String
    var from: String
    var through: String
    var windows: [Line]
    var hall: Line
    var targets: Rates
    var trend: [Month]

    init(_ report: QualityReport) {
        period = report.period.text
        from = report.period.first.description
        through = report.period.last.description
        windows = report.windows.map { Line(window: WindowRef(number: $0.number ?? 0, name: $0.name), line: $0) }
        hall = Line(window: nil, line: report.hall)
        targets = Rates { report.targets[$0] }
        trend = report.trend.map { Month(month: $0.month, figures: $0.figures) }
    }
}
