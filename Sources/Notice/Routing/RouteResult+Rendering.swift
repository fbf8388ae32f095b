import Catalog
import Foundation

extension RouteResult {
    public func text() -> String {
        var lines: [String] = []
        if let referral {
            let heading = referral.id == nil ? "大厅内未找到对应事项" : "不属于大厅受理范围"
            lines.append("\(heading)：请到 \(referral.place)")
            lines.append("  └ \(referral.reason)")
        }
        for (index, match) in matches.enumerated() {
            let window = match.window.map { Notice.mark("\($0.number)号窗口 \($0.name)", $0.assumed) } ?? "（无窗口）"
            lines.append(
                "\(index + 1). \(match.service.name)  →  \(window)，\(match.department?.name ?? "")  [\(match.score)]")
            if let note = match.note { lines.append("   └ \(note)") }
            if !match.stops.isEmpty {
                lines.append("   └ 流程经过：" + match.stops.map(\.department).joined(separator: " → ") + "（由大厅工作人员协调转交）")
            }
        }
        if !outOfScope, !alternatives.isEmpty {
            lines.append("得分接近，请向学生确认：" + alternatives.map(\.service.name).joined(separator: "、"))
        }
        lines.append("把握：\(confidence.chinese)" + (confidence == .low ? "（请核实后再指引）" : ""))
        if !factsInWords.isEmpty { lines.append("识别到的情况：" + factsInWords.joined(separator: "，")) }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension RouteResult.Referral {
    /// The office and phone, each marked 待确认 where the catalog guessed it.
    public var contact: String {
        [
            office.map { Notice.mark($0, assumed.contains("office")) },
            phone.map { "电话 " + Notice.mark($0, assumed.contains("phone")) },
        ].compactMap { $0 }.joined(separator: "，")
    }

    /// The department with its contact in brackets: 研究生院（行政楼601，电话 …）.
    public var place: String { department + (contact.isEmpty ? "" : "（\(contact)）") }
}
