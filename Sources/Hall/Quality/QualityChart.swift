/// The quality report's charts as inline SVG, drawn on the server (no script; it prints as it
/// shows): bars per window for one rate with the target as a line, and the hall's rates over
/// the last months. Every text is escaped here, since pages put the markup in raw.
public enum QualityChart {
    static let rowHeight = 22
    static let labelWidth = 150
    static let barWidth = 300

    /// One bar per window for `measure`; a window below the target is drawn as a shortfall.
    public static func bars(_ report: QualityReport, measure: QualityReport.Measure) -> String {
        let rows = report.windows.enumerated().map { index, line -> String in
            let y = index * rowHeight
            let rate = line.rate(measure)
            let width = rate.map { Int(Double(barWidth) * min(max($0, 0), 1)) } ?? 0
            let short = line.shortfalls.contains { $0.measure == measure }
            let label = "\(line.number ?? 0)号 \(line.name)"
            let value = QualityDocument.percent(rate)
            return "<g class=\"bar \(short ? "short" : "met")\"><title>\(escape(label))：\(value)</title>"
                + "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(escape(label))</text>"
                + "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(width)\" height=\"\(rowHeight - 8)\"/>"
                + "<text x=\"\(labelWidth + width + 4)\" y=\"\(y + 15)\">\(value)</text></g>"
        }
        let height = max(report.windows.count, 1) * rowHeight
        var target = ""
        if let goal = report.targets[measure] {
            let x = labelWidth + Int(Double(barWidth) * min(max(goal, 0), 1))
            target =
                "<line class=\"target\" x1=\"\(x)\" y1=\"0\" x2=\"\(x)\" y2=\"\(height)\">"
                + "<title>目标 \(QualityDocument.percent(goal))</title></line>"
        }
        return
            "<svg id=\"quality-bars-\(measure.rawValue)\" class=\"quality-chart\" xmlns=\"http://www.w3.org/2000/svg\" "
            + "viewBox=\"0 0 \(labelWidth + barWidth + 55) \(height)\" role=\"img\" "
            + "aria-label=\"\(escape(report.period.text)) 各窗口\(measure.chinese)柱状图\">"
            + rows.joined() + target + "</svg>"
    }

    static let trendHeight = 160
    static let trendStep = 70
    static let trendLeft = 40

    /// The hall's three rates month by month, one polyline each, from 0% to 100%.
    public static func trend(_ report: QualityReport) -> String {
        let months = report.trend
        let width = trendLeft + max(months.count - 1, 1) * trendStep + 40
        func y(_ rate: Double) -> Int { 10 + Int(Double(trendHeight - 20) * (1 - min(max(rate, 0), 1))) }
        var parts: [String] = []
        for tick in [0.0, 0.5, 1.0] {
            parts.append(
                "<line class=\"grid\" x1=\"\(trendLeft)\" y1=\"\(y(tick))\" x2=\"\(width - 20)\" y2=\"\(y(tick))\"/>"
                    + "<text x=\"\(trendLeft - 4)\" y=\"\(y(tick) + 4)\" text-anchor=\"end\">\(Int(tick * 100))%</text>"
            )
        }
        for (index, month) in months.enumerated() {
            let x = trendLeft + index * trendStep
            parts.append(
                "<text x=\"\(x)\" y=\"\(trendHeight + 14)\" text-anchor=\"middle\">\(escape(month.month))</text>")
        }
        for measure in QualityReport.Measure.allCases {
            let points = months.enumerated().compactMap { index, month -> String? in
                month.figures.rate(measure).map { "\(trendLeft + index * trendStep),\(y($0))" }
            }
            guard !points.isEmpty else { continue }
            parts.append(
                "<polyline class=\"trend \(measure.rawValue)\" points=\"\(points.joined(separator: " "))\">"
                    + "<title>\(measure.chinese)</title></polyline>")
            parts += points.map { point in
                let xy = point.split(separator: ",")
                return "<circle class=\"trend \(measure.rawValue)\" cx=\"\(xy[0])\" cy=\"\(xy[1])\" r=\"3\"/>"
            }
        }
        return
            "<svg id=\"quality-trend\" class=\"quality-chart\" xmlns=\"http://www.w3.org/2000/svg\" "
            + "viewBox=\"0 0 \(width) \(trendHeight + 20)\" role=\"img\" aria-label=\"全大厅近\(months.count)个月服务质量趋势图\">"
            + parts.joined() + "</svg>"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
