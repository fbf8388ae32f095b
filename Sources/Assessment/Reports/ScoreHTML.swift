import Catalog
import Foundation

/// A printable ranking page: the table, a bar chart in inline SVG, red-flag and rectification
/// marks, and each window's deductions with their clauses.
enum ScoreHTML {
    static func render(_ result: ScoreResult, published: String?) -> String {
        let rows = result.windows.map { window -> String in
            let classes = [window.redFlag ? "flag" : nil, window.rectify ? "rectify" : nil].compactMap { $0 }.joined(
                separator: " ")
            let marks =
                window.outcomes.compactMap { result.outcomeNames[$0] }.map {
                    "<span class=\"mark\">\(escape($0))</span>"
                }.joined() + (window.notes ?? []).map { "<br><span class=\"clause\">\(escape($0))</span>" }.joined()
            return
                "<tr class=\"\(classes)\"><td>\(window.rank)\(window.tied == true ? "（并列）" : "")</td><td>\(window.window.number)号 \(escape(window.window.name))</td>"
                + "<td class=\"num\">\(window.score.amountText)</td><td class=\"num\">\(window.deducted > 0 ? "−" : "")\(window.deducted.amountText)</td>"
                + "<td class=\"num\">+\(window.bonus.amountText)</td><td>\(window.grade.map { escape(result.gradeNames[$0] ?? $0) } ?? "")\(marks)</td></tr>"
        }
        let details = result.windows.filter { !$0.deductions.isEmpty }.sorted { $0.window.number < $1.window.number }
            .map { window -> String in
                let groups = window.deductionsByCategory.map { category, deductions in
                    let items = deductions.map { deduction in
                        "<li>\(escape(deduction.name)) \(deduction.countText)\(deduction.seriousCount > 0 ? "（情节严重 \(deduction.seriousCount) 次）" : "")"
                            + "：−\(deduction.points.amountText) 分<br><span class=\"clause\">依据：\(escape(deduction.clause))"
                            + (deduction.sideEffects.isEmpty
                                ? "" : "；另：\(escape(deduction.sideEffects.joined(separator: "、")))") + "</span></li>"
                    }.joined()
                    let cap =
                        category.uncapped > category.deducted
                        ? "（累计扣 \(category.uncapped.amountText) 分，按“扣完为止”计 \(category.deducted.amountText) 分）" : ""
                    return
                        "<h4>\(escape(category.name)) −\(category.deducted.amountText) 分\(cap)</h4><ul>\(items)</ul>"
                }.joined()
                return
                    "<section class=\"detail\"><h3>\(window.window.number)号 \(escape(window.window.name))（−\(window.deducted.amountText) 分）</h3>\(groups)</section>"
            }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>\(escape(result.schemeName)) \(escape(result.period))</title>
            <style>
            @page { size: A4; margin: 15mm; }
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; font-size: 10.5pt; max-width: 180mm; margin: 0 auto; color: #111; }
            h1 { font-size: 17pt; text-align: center; margin: 0 0 1mm; }
            .sub { text-align: center; color: #555; margin: 0 0 5mm; }
            table { width: 100%; border-collapse: collapse; margin-bottom: 5mm; }
            th, td { border-bottom: 1px solid #ccc; padding: 1.2mm 2mm; text-align: left; }
            th { background: #f2f2f2; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            tr.flag td { background: #fdeaea; font-weight: bold; }
            tr.rectify td { background: #fff4d6; }
            .mark { display: inline-block; margin-left: 2mm; padding: 0 1.5mm; border: 1px solid #b00; color: #b00; border-radius: 1mm; font-size: 9pt; }
            tr.rectify .mark { border-color: #a60; color: #a60; }
            svg { display: block; margin: 0 auto 5mm; }
            .detail { page-break-inside: avoid; }
            .detail h3 { font-size: 11pt; margin: 3mm 0 1mm; }
            .detail h4 { font-size: 10pt; margin: 1.5mm 0 0.5mm; }
            .notes { color: #333; font-size: 9.5pt; margin: 0 0 4mm; }
            .clause { color: #555; font-size: 9pt; }
            </style>
            </head>
            <body>
            <h1>\(escape(result.schemeName))</h1>
            <p class="sub">考核期：\(escape(result.period))\(published.map { " · 已发布 \(escape($0))" } ?? "") · 红色为获得称号的窗口，黄色为需整顿的窗口</p>
            \((result.notes ?? []).isEmpty ? "" : "<ul class=\"notes\">" + (result.notes ?? []).map { "<li>\(escape($0))</li>" }.joined() + "</ul>")
            \(chart(result))
            <table>
            <thead><tr><th>名次</th><th>窗口</th><th>得分</th><th>扣分</th><th>加分</th><th>等次与结果</th></tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table>
            \(details.isEmpty ? "<p>本期无扣分。</p>" : "<h2>扣分明细</h2>\n" + details)
            </body>
            </html>

            """
    }

    /// Horizontal bars, one per window in rank order, scaled to the best score.
    static func chart(_ result: ScoreResult) -> String {
        let rowHeight = 18
        let labelWidth = 150
        let barWidth = 460
        let top = max(result.windows.map(\.score).max() ?? 1, 1)
        let bars = result.windows.enumerated().map { index, window -> String in
            let y = index * rowHeight
            // Scores of absurd schemes may be infinite: such a bar is left empty, never a trap.
            let share = max(window.score, 0) / top
            let width = share.isFinite ? Int(Double(barWidth) * min(share, 1)) : 0
            let color = window.redFlag ? "#c0392b" : window.rectify ? "#e0a030" : "#5b7fa6"
            return
                "<text x=\"\(labelWidth - 6)\" y=\"\(y + 13)\" text-anchor=\"end\" font-size=\"11\">\(window.window.number)号 \(escape(window.window.name))</text>"
                + "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"\(rowHeight - 6)\" fill=\"\(color)\"/>"
                + "<text x=\"\(labelWidth + width + 4)\" y=\"\(y + 13)\" font-size=\"11\">\(window.score.amountText)</text>"
        }
        let height = max(result.windows.count, 1) * rowHeight
        return
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 40)\" height=\"\(height)\" role=\"img\" aria-label=\"得分柱状图\">"
            + bars.joined() + "</svg>"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
