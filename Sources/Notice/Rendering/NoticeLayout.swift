import Catalog
import Foundation

/// The notice arranged for reading: header fields, then the six items of 一次告知 and the
/// rest. Every renderer formats this one arrangement, so the formats never drift apart.
struct NoticeLayout {
    /// Who reads it: the student's copy (HTML, Markdown) leaves out what only staff need —
    /// ids, roles and approval levels, separation of duties, open questions.
    enum Audience { case staff, student }

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

    init(_ notice: Notice, for audience: Audience) {
        title = "一次性告知单"
        subtitle = [notice.institution, notice.hall].filter { !$0.isEmpty }.joined(separator: " ")
        let service = audience == .staff ? "\(notice.service.name)（\(notice.service.id)）" : notice.service.name
        var fields: [(String, String)] = [("告知单编号", notice.number), ("事项", service)]
        if let window = notice.window {
            let processes = audience == .staff ? window.processes.map { "（A岗集中办理 \($0)）" } ?? "" : ""
            fields.append(("办理窗口", Notice.mark("\(window.number)号窗口 \(window.name)", window.assumed) + processes))
        }
        if let department = notice.department { fields.append(("责任部门", department.name)) }
        fields.append(("受理时间", notice.submitted.replacingOccurrences(of: "T", with: " ")))
        if !notice.factsInWords.isEmpty { fields.append(("申请人情况", notice.factsInWords.joined(separator: "，"))) }
        self.fields = fields
        switch notice.decision {
        case .accepted: sections = Self.accepted(notice, for: audience) + Self.supplements(notice, for: audience)
        case .redirected, .refused: sections = Self.notAccepted(notice)
        }
    }

    /// A redirected or refused notice says only that: sections 一 and 六, and whom to ask.
    private static func notAccepted(_ notice: Notice) -> [Section] {
        var scope: Entry
        var refusal: Entry
        if let referral = notice.referral {
            scope = Entry(text: "不属于本事项受理范围。\(referral.directions)")
            refusal = Entry(text: "本事项在此不予受理：\(referral.explanation)")
        } else if let refused = notice.refusal {
            scope = Entry(text: "属于本大厅受理的事项，但不符合受理条件，不予受理（理由见第六项）")
            refusal = Entry(
                text: refused.statedReason, detail: "\(refused.condition)；依据：\(refused.basis)", checked: nil)
        } else {
            scope = Entry(text: "不予受理")
            refusal = Entry(text: "不予受理")
        }
        var sections = [
            Section(title: "一、是否属于受理范围", entries: [scope]),
            Section(title: "六、不予受理的理由", entries: [refusal]),
        ]
        let contacts = notice.contacts.map(contactEntry)
        if !contacts.isEmpty { sections.append(Section(title: "咨询", entries: contacts)) }
        return sections
    }

    private static func accepted(_ notice: Notice, for audience: Audience) -> [Section] {
        let pending = notice.questions.filter { notice.factsDecidingAcceptance.contains($0.fact) }
        let scope = Entry(
            text: "属于本大厅受理范围",
            detail: pending.isEmpty
                ? nil : "待确认" + pending.map(\.name).joined(separator: "、") + "，确认后如有变化，重新出具告知单",
            checked: nil)
        let applicable = notice.materials.filter { $0.status != .notApplicable }
        let materials = applicable.map { line in
            Entry(
                text: "\(line.name)：" + MaterialWording.amounts(line) + MaterialWording.status(line.status),
                detail: MaterialWording.details(line), checked: line.status == .provided)
        }
        var time: [Entry] = []
        if let limit = notice.timeLimit {
            let dueText = limit.due.replacingOccurrences(of: "T", with: " ")
            let promise = Notice.mark(limit.text, limit.assumed)
            let due =
                (limit.kind == "on_the_spot" ? "\(promise)（\(dueText)）" : "\(promise)，应于 \(dueText) 前办结")
                + (limit.provisionalNote.map { "（\($0)）" } ?? "")
            time = [Entry(text: due, detail: limit.note, checked: nil)]
        }
        let missing = notice.materials.filter { $0.status == .missing }.map { line in
            Entry(
                text: line.name + "：" + MaterialWording.amounts(line),
                detail: line.laterDeadline.map { "可容缺受理，\($0)内补交" }, checked: false)
        }
        let defective = notice.materials.compactMap { line -> Entry? in
            guard let defect = line.defect else { return nil }
            return Entry(
                text: "\(line.name)：\(defect.text)",
                detail: "补正方法：\(defect.fix)（\(defect.onTheSpot ? "可当场补正" : "须另行补正后再来")）", checked: false)
        }
        return [
            Section(title: "一、是否属于受理范围", entries: [scope]),
            Section(title: "二、所需材料", entries: materials.isEmpty ? [Entry(text: "无需提交材料")] : materials),
            Section(title: "三、办理时限", entries: time),
            Section(title: "四、需补交的材料", entries: missing.isEmpty ? [Entry(text: none(notice))] : missing),
            Section(title: "五、需补正的材料", entries: defective.isEmpty ? [Entry(text: "无")] : defective),
            Section(title: "六、不予受理的理由", entries: [Entry(text: "无（予以受理）")]),
        ]
    }

    static func contactEntry(_ contact: Notice.Contact) -> Entry {
        let parts = [
            contact.office.map { Notice.mark($0, contact.assumed.contains("office")) },
            contact.phone.map { "电话 " + Notice.mark($0, contact.assumed.contains("phone")) },
        ].compactMap { $0 }
        return Entry(text: "联系：\(contact.department)" + (parts.isEmpty ? "" : "，" + parts.joined(separator: "，")))
    }

    private static func none(_ notice: Notice) -> String {
        notice.materials.contains { $0.status == .provided } || notice.materials.isEmpty ? "无" : "未登记已带材料（请核对上方清单）"
    }
}

extension NoticeLayout.Entry {
    init(text: String) { self.init(text: text, detail: nil, checked: nil) }
}
