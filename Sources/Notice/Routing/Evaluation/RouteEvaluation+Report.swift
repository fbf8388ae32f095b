import Catalog
import Foundation

extension RouteEvaluation {
    /// The figures, by style, then every miss with where it is in the set.
    public func report(title: String, listingMisses: Bool = true) -> String {
        func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
        var lines = [
            "\(title)：\(all.questions) 个问题",
            "  首选正确（top-1）：\(percent(all.topOneRate))（\(all.topOne)/\(all.questions)）；前三含正确（top-3）：\(percent(all.topThreeRate))",
            "  大厅事项：top-1 \(percent(hall.topOneRate))（\(hall.topOne)/\(hall.questions)），top-3 \(percent(hall.topThreeRate))，"
                + "误转大厅以外 \(hallReferredOutside) 个",
            "  大厅以外：召回率 \(percent(outsideRecall))（\(outsideFound)/\(outsideQuestions)），"
                + "精确率 \(percent(outsidePrecision))（\(outsideFound)/\(answeredOutside)）",
            "  按问法："
                + byStyle.keys.sorted().map { style in
                    let tally = byStyle[style]!
                    return "\(style) \(percent(tally.topOneRate))（\(tally.topOne)/\(tally.questions)）"
                }.joined(separator: "，"),
            "  按把握："
                + RouteConfidence.allCases.map { level in
                    let tally = byConfidence[level] ?? Tally()
                    return "\(level.chinese) \(percent(tally.topOneRate))（\(tally.topOne)/\(tally.questions)）"
                }.joined(separator: "，"),
        ]
        if listingMisses, !misses.isEmpty {
            lines.append("  未答对：")
            for miss in misses {
                let expected: String
                switch miss.question.expected {
                case .service(let id, _): expected = id
                case .outside(let office): expected = "outside" + (office.map { "（\($0)）" } ?? "")
                }
                lines.append(
                    "    \(miss.question.location.line)行 [\(miss.question.style)] \(miss.question.text) → \(miss.answered)，应为 \(expected)"
                )
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
