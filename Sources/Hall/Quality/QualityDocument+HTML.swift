/// The quality report as a page of its own (`--format html`): the tables and the same SVG
/// charts as the web page, with shortfalls in red, for printing or mailing.
extension QualityDocument {
    public var html: String {
        let esc = QualityChart.escape
        var rows = ""
        for line in report.windows + [report.hall] {
            let label = line.number.map { "\($0)号窗口 \(line.name)" } ?? line.name
            let cells = QualityReport.Measure.allCases.map { measure -> String in
                let short = line.shortfalls.contains { $0.measure == measure }
                return "<td class=\"\(short ? "short" : "met")\">\(Self.percent(line.rate(measure)))</td>"
            }
            rows +=
                "<tr><th>\(esc(label))</th><td>\(line.figures.closed)</td><td>\(line.figures.ratingCount)</td>"
                + cells.joined() + "<td>\(esc(Self.hours(line.figures.averageHandlingHours)))</td></tr>\n"
        }
        let targets = QualityReport.Measure.allCases.map {
            "\($0.chinese) \(report.targets[$0].map { Self.percent($0) } ?? "未设")"
        }.joined(separator: "，")
        let charts = QualityReport.Measure.allCases.map {
            "<h2>\($0.chinese)</h2>\n" + QualityChart.bars(report, measure: $0)
        }.joined(separator: "\n")
        return """
            <!doctype html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>\(esc(heading))</title>
            <style>body{font-family:sans-serif}td,th{padding:2px 8px;text-align:right}td.short{color:#c00;font-weight:bold}
            .bar rect{fill:#3a7} .bar.short rect{fill:#c00} line.target{stroke:#333;stroke-dasharray:4 2}
            line.grid{stroke:#ccc} polyline.trend{fill:none;stroke-width:2} .on_time_rate{stroke:#36c;fill:#36c}
            .accuracy_rate{stroke:#963;fill:#963} .satisfaction_rate{stroke:#3a7;fill:#3a7} svg{max-width:100%;font-size:11px}</style>
            </head><body><main id="quality">
            <h1>\(esc(heading))</h1>
            <p>目标：\(esc(targets))；红色为未达标。</p>
            <table><thead><tr><th>窗口</th><th>办结件数</th><th>评价数</th><th>按时办结率</th><th>办事准确率</th><th>满意率</th><th>平均办理时间</th></tr></thead>
            <tbody>
            \(rows)</tbody></table>
            \(charts)
            <h2>近\(report.trend.count)个月趋势（全大厅）</h2>
            \(QualityChart.trend(report))
            </main></body></html>

            """
    }
}
