import Assessment
import Catalog

/// The ranking as horizontal bars in inline SVG, drawn on the server so that no script is
/// needed and it prints as it shows. A `viewBox` lets it shrink to a phone's width; every
/// text in it is escaped here, since the template puts the markup in raw.
enum AssessmentChart {
    static let rowHeight = 22
    static let labelWidth = 130
    static let barWidth = 300

    static func svg(_ result: ScoreResult) -> String {
        // Scaled to the base score (usually 100), or the best score when a bonus goes beyond it.
        let top = max(result.windows.map { max($0.score, $0.base) }.max() ?? 1, 1)
        let bars = result.windows.enumerated().map { index, window -> String in
            let y = index * rowHeight
            let share = max(window.score, 0) / top
            // A score no scheme should give (infinite, NaN) draws an empty bar rather than trapping.
            let width = share.isFinite ? Int(Double(barWidth) * min(share, 1)) : 0
            let kind = window.redFlag ? "flag" : window.rectify ? "rectify" : "plain"
            let label = "\(window.window.number)号 \(window.window.name)"
            return "<g class=\"bar \(kind)\"><title>\(escape(label))：\(window.score.amountText) 分</title>"
                + "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(escape(label))</text>"
                + "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(width)\" height=\"\(rowHeight - 8)\"/>"
                + "<text x=\"\(labelWidth + width + 4)\" y=\"\(y + 15)\">\(window.score.amountText)</text></g>"
        }
        let width = labelWidth + barWidth + 45
        let height = max(result.windows.count, 1) * rowHeight
        return
            "<svg id=\"ranking-chart\" class=\"ranking-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" "
            + "role=\"img\" aria-label=\"\(escape(result.schemeName)) \(escape(result.period)) 各窗口得分柱状图\">"
            + bars.joined() + "</svg>"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
