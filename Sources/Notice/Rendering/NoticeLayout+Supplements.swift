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
        let basis = audience == .staff ? notice.basis : [notice.basisByDocument.joined(separator: "；")]
        sections.append(Section(title: "办理依据", entries: basis.map { Entry(text: $0) }))
        sections.append(
            Section(
                title: "办理流程（需到场 \(notice.visits) 次）",
                entries: audience == .staff
                    ? notice.steps.enumerated().map { index, line in stepEntry(index, line) }
                    : [Entry(text: notice.steps.map(studentStep).joined(separator: " → "))]))
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

    /// Staff see who does the step and every rule on it.
    private static func stepEntry(_ index: Int, _ step: Notice.StepLine) -> Entry {
        Entry(
            text: "\(index + 1). \(step.name)（\(step.department) \(step.role)）",
            detail: [step.description, step.reason].compactMap { $0 }.joined(separator: "；"), checked: nil)
    }

    /// The student sees the order of steps, where each happens and when they must come.
    private static func studentStep(_ step: Notice.StepLine) -> String {
        var notes: [String] = []
        if step.applicantPresent { notes.append("需本人到场") }
        if step.handOff { notes.append("\(step.department)办理，大厅协调转交") }
        if let condition = step.condition { notes.append(condition) }
        return step.name + (notes.isEmpty ? "" : "（\(notes.joined(separator: "；"))）")
    }
}
