import Catalog

/// Plain text for terminals, aligned by display width (a Chinese character takes two columns).
enum NoticeTextRenderer {
    static func render(_ notice: Notice) -> String {
        let layout = NoticeLayout(notice, for: .staff)
        var lines = [layout.title, layout.subtitle, ""]
        let width = layout.fields.map { TextWidth.of($0.label) }.max() ?? 0
        for field in layout.fields { lines.append(TextWidth.pad(field.label, to: width) + "  " + field.value) }
        for section in layout.sections {
            lines += ["", section.title]
            for entry in section.entries {
                let box = entry.checked.map { $0 ? "[x] " : "[ ] " } ?? ""
                lines.append("  " + box + entry.text)
                if let detail = entry.detail {
                    lines.append("  " + String(repeating: " ", count: box.count) + "  └ " + detail)
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
