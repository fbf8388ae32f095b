/// How a material line reads: the amounts, the status, and what the student must know about it
/// (its note, its validity, when it can come later, why it is listed).
enum MaterialWording {
    /// 原件1份，复印件2份; a count of zero is left out, never 原件0份.
    static func amounts(_ line: Notice.MaterialLine) -> String {
        var parts: [String] = []
        if line.originals > 0 { parts.append("原件\(line.originals)份") }
        if line.copies > 0 { parts.append("复印件\(line.copies)份") }
        if parts.isEmpty { parts.append("出示") }
        var text = parts.joined(separator: "，")
        text = Notice.mark(text, line.assumed.contains("originals") || line.assumed.contains("copies"))
        if line.form == "electronic" { text += "（电子版）" }
        return text
    }

    static func status(_ status: Notice.MaterialLine.Status) -> String {
        switch status {
        case .ask: "（待确认是否需要）"
        case .missing: "（未带，需补交）"
        case .defective: "（有缺陷，需补正）"
        case .provided: "（已收）"
        default: ""
        }
    }

    static func details(_ line: Notice.MaterialLine) -> String {
        var parts: [String] = []
        if let note = line.note { parts.append(Notice.mark(note, line.assumed.contains("note"))) }
        if let validity = line.validity {
            parts.append("有效期要求：" + Notice.mark(validity, line.assumed.contains("validity")))
        }
        parts.append(Notice.mark(line.reason, line.assumed.contains("necessity") || line.assumed.contains("when")))
        return parts.joined(separator: "；")
    }
}
