import Catalog

extension NoticeLayout {
    /// What follows the six items on an accepted notice: open questions (staff only), basis,
    /// procedure, fee, green channel, online channel and contacts.
    static func supplements(_ notice: Notice, for audience: Audience) -> [Section] {
        var sections: [Section] = []
        if audience == .staff, !notice.questions.isEmpty {
            sections.append(
                Section(
                    title: "待确认的情况（确认后重新出具告知单）",
                    entries: notice.questions.map {
                        Entry(
                            text: "\($0.prompt)（\($0.labels.joined(separator: " / "))）",
                            detail: "影响：" + $0.decides.joined(separator: "；"), checked: nil)
                    }))
        }
        sections.append(Section(title: "办理依据", entries: notice.basis.map { Entry(text: $0) }))
        sections.append(
            Section(
                title: "办理流程（需到场 \(notice.visits) 次）",
                entries: notice.steps.enumerated().map { index, line in stepEntry(index, line, for: audience) }))
        if let fee = notice.fee {
            sections.append(
                Section(
                    title: "收费（合计 \(fee.total.amountText) 元）",
                    entries: fee.items.map { item in
                        let amount = Notice.mark("\(item.amount.amountText) 元", item.assumed.contains("amount"))
                        let approval = audience == .staff ? item.approval : []
                        return Entry(
                            text: "\(item.name) \(amount)" + (item.basis.map { "（依据：\($0)）" } ?? ""),
                            detail: ([item.reason] + approval).joined(separator: "；"), checked: nil)
                    }))
        }
        var other: [Entry] = []
        if let green = notice.greenChannel {
            other.append(Entry(text: "绿色通道：" + Notice.mark(green, notice.assumed.contains("green_channel"))))
        }
        if let online = notice.online {
            other.append(Entry(text: "网上办理：" + Notice.mark(online, notice.assumed.contains("online"))))
        }
        other += notice.contacts.map(contactEntry)
        if !other.isEmpty { sections.append(Section(title: "其他", entries: other)) }
        return sections
    }

    /// Staff see who does the step and every rule on it; the student sees where it happens and
    /// whether they must come.
    private static func stepEntry(_ index: Int, _ step: Notice.StepLine, for audience: Audience) -> Entry {
        switch audience {
        case .staff:
            return Entry(
                text: "\(index + 1). \(step.name)（\(step.department) \(step.role)）",
                detail: [step.description, step.reason].compactMap { $0 }.joined(separator: "；"), checked: nil)
        case .student:
            var detail = [step.applicantPresent ? "需本人到场" : "无需到场"]
            if step.handOff { detail.append("由大厅工作人员协调转交，无需另行往返") }
            if let condition = step.condition { detail.append(condition) }
            return Entry(
                text: "\(index + 1). \(step.name)（\(step.department)）", detail: detail.joined(separator: "；"),
                checked: nil)
        }
    }
}
