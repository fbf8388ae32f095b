import Catalog
import Foundation

/// The notice arranged for reading: header fields, then the six items of 一次告知 and the
/// rest. Every renderer formats this one arrangement, so the formats never drift apart.
struct NoticeLayout {
    struct Entry {
        var text: String
        /// Why the entry is there, shown after it.
        var detail: String?
        /// `nil`: no tick box; otherwise whether the box is ticked.
        var checked: Bool?
    }

    struct Section {
        var title: String
        var entries: [Entry]
    }

    var title: String
    var subtitle: String
    var fields: [(label: String, value: String)]
    var sections: [Section]

    init(_ notice: Notice) {
        title = "一次性告知单"
        subtitle = [notice.institution, notice.hall].filter { !$0.isEmpty }.joined(separator: " ")
        var fields: [(String, String)] = [("事项", "\(notice.service.name)（\(notice.service.id)）")]
        if let window = notice.window {
            fields.append(
                ("办理窗口", "\(window.number)号窗口 \(window.name)" + (window.processes.map { "（A岗集中办理 \($0)）" } ?? "")))
        }
        if let department = notice.department { fields.append(("责任部门", department.name)) }
        fields.append(("受理时间", notice.timeLimit.accepted.replacingOccurrences(of: "T", with: " ")))
        if !notice.factsInWords.isEmpty { fields.append(("申请人情况", notice.factsInWords.joined(separator: "，"))) }
        self.fields = fields
        sections = Self.sixItems(notice) + Self.supplements(notice)
    }

    private static func sixItems(_ notice: Notice) -> [Section] {
        let scope: [Entry] =
            if let referral = notice.referral {
                [
                    Entry(
                        text: "不属于本事项受理范围，请到：\(referral.department)"
                            + [referral.office, referral.phone.map { "电话 \($0)" }].compactMap { $0 }.map { "，\($0)" }
                            .joined(),
                        detail: referral.reason, checked: nil)
                ]
            } else {
                [Entry(text: "属于本大厅受理范围", detail: nil, checked: nil)]
            }
        let applicable = notice.materials.filter { $0.status != .notApplicable }
        let materials = applicable.map { line in
            Entry(
                text: "\(line.name)：" + amounts(line) + statusNote(line.status),
                detail: line.reason, checked: line.status == .provided)
        }
        let time = notice.timeLimit
        let dueText = time.due.replacingOccurrences(of: "T", with: " ")
        let due =
            (time.kind == "on_the_spot" ? "当场办结（\(dueText)）" : "\(time.text)，应于 \(dueText) 前办结")
            + (time.provisionalNote.map { "（\($0)）" } ?? "")
        let missing = notice.materials.filter { $0.status == .missing }.map { line in
            Entry(
                text: line.name + "：" + amounts(line), detail: line.laterDeadline.map { "可容缺受理，\($0)内补交" },
                checked: false)
        }
        let defective = notice.materials.compactMap { line -> Entry? in
            guard let defect = line.defect else { return nil }
            return Entry(
                text: "\(line.name)：\(defect.text)",
                detail: "补正方法：\(defect.fix)（\(defect.onTheSpot ? "可当场补正" : "须另行补正后再来")）", checked: false)
        }
        let refusal = notice.refusal.map {
            [Entry(text: $0.reason, detail: "\($0.condition)；依据：\($0.basis)", checked: nil)]
        }
        return [
            Section(title: "一、是否属于受理范围", entries: scope),
            Section(title: "二、所需材料", entries: materials.isEmpty ? [Entry(text: "无需提交材料")] : materials),
            Section(title: "三、办理时限", entries: [Entry(text: due, detail: time.note, checked: nil)]),
            Section(title: "四、需补交的材料", entries: missing.isEmpty ? [Entry(text: none(notice))] : missing),
            Section(title: "五、需补正的材料", entries: defective.isEmpty ? [Entry(text: "无")] : defective),
            Section(title: "六、不予受理的理由", entries: refusal ?? [Entry(text: "无")]),
        ]
    }

    private static func supplements(_ notice: Notice) -> [Section] {
        var sections: [Section] = []
        if !notice.questions.isEmpty {
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
                entries: notice.steps.enumerated().map { index, step in
                    Entry(
                        text: "\(index + 1). \(step.name)（\(step.department) \(step.role)）",
                        detail: [step.description, step.reason].compactMap { $0 }.joined(separator: "；"),
                        checked: nil)
                }))
        if let fee = notice.fee {
            sections.append(
                Section(
                    title: "收费（合计 \(fee.total.amountText) 元）",
                    entries: fee.items.map { item in
                        Entry(
                            text: "\(item.name) \(item.amount.amountText) 元" + (item.basis.map { "（依据：\($0)）" } ?? ""),
                            detail: ([item.reason] + item.approval).joined(separator: "；"), checked: nil)
                    }))
        }
        var other: [Entry] = []
        if let green = notice.greenChannel { other.append(Entry(text: "绿色通道：\(green)")) }
        if let online = notice.online { other.append(Entry(text: "网上办理：\(online)")) }
        for contact in notice.contacts {
            let parts = [contact.office, contact.phone.map { "电话 \($0)" }].compactMap { $0 }
            other.append(
                Entry(text: "联系：\(contact.department)" + (parts.isEmpty ? "" : "，" + parts.joined(separator: "，"))))
        }
        if !other.isEmpty { sections.append(Section(title: "其他", entries: other)) }
        return sections
    }

    private static func statusNote(_ status: Notice.MaterialLine.Status) -> String {
        switch status {
        case .ask: "（待确认是否需要）"
        case .missing: "（未带，需补交）"
        case .defective: "（有缺陷，需补正）"
        case .provided: "（已收）"
        default: ""
        }
    }

    private static func amounts(_ line: Notice.MaterialLine) -> String {
        var text = "原件\(line.originals)份"
        if line.copies > 0 { text += "，复印件\(line.copies)份" }
        if line.form == "electronic" { text += "（电子版）" }
        return text
    }

    private static func none(_ notice: Notice) -> String {
        notice.materials.contains { $0.status == .provided } || notice.materials.isEmpty ? "无" : "未登记已带材料（请核对上方清单）"
    }
}

extension NoticeLayout.Entry {
    init(text: String) { self.init(text: text, detail: nil, checked: nil) }
}
