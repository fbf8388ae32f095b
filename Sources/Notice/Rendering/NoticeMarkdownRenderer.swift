import Foundation

/// Markdown, for the hall's website or a chat message.
enum NoticeMarkdownRenderer {
    static func render(_ notice: Notice) -> String {
        let layout = NoticeLayout(notice, for: .student)
        var lines = ["# \(layout.title)", "", "**\(layout.subtitle)**", "", "| 项目 | 内容 |", "|---|---|"]
        for field in layout.fields { lines.append("| \(field.label) | \(escape(field.value)) |") }
        for section in layout.sections {
            lines += ["", "## \(section.title)", ""]
            for entry in section.entries {
                let box = entry.checked.map { $0 ? "[x] " : "[ ] " } ?? ""
                lines.append("- \(box)\(escape(entry.text))" + (entry.detail.map { " — \(escape($0))" } ?? ""))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "*", with: "\\*")
    }
}
