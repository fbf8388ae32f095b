import Catalog
import Notice

/// The one-time notice as a page shows it (the desk's and the guide's): every item of the
/// notice, read from the `Notice` the Hall issued; nothing here decides anything.
struct DeskNoticeView {
    struct MaterialRow {
        var name: String
        var amounts: String
        var statusText: String
        /// A CSS class for the status: `status-ok`, `status-owed`, `status-ask` or empty.
        var statusClass: String
        var detail: String
        var defect: String?
    }

    struct StepRow {
        var number: Int
        var name: String
        var who: String
        var presence: String
        var condition: String?
    }

    struct FeeRow {
        var name: String
        var amount: String
        var basis: String?
    }

    var number: String
    var serviceName: String
    var accepted: Bool
    var decisionText: String
    var referral: String?
    var refusal: String?
    var window: String?
    var department: String?
    var submitted: String
    var factsInWords: String?
    var pending: String?
    var materials: [MaterialRow]
    // Stored, not computed: the templates read fields by reflection, which sees stored ones only.
    var hasMaterials: Bool
    var missing: [String]
    var defective: [String]
    var timeLimit: String?
    var steps: [StepRow]
    var visits: Int
    var fees: [FeeRow]
    var feeTotal: String?
    var greenChannel: String?
    var online: String?
    var contacts: [String]
    var hasUnconfirmed: Bool
    var hasSteps: Bool
    var hasContacts: Bool

    init(_ notice: Notice) {
        number = notice.number
        serviceName = notice.service.name
        accepted = notice.decision == .accepted
        switch notice.decision {
        case .accepted: decisionText = "属于本大厅受理范围，可以受理"
        case .redirected: decisionText = "不属于本事项受理范围"
        case .refused: decisionText = "不予受理"
        }
        referral = notice.referral.map { "\($0.directions)。\($0.explanation)" }
        refusal = notice.refusal.map { "\($0.statedReason)（\($0.condition)；依据：\($0.basis)）" }
        window = notice.window.map { DeskNoticeView.mark("\($0.number)号窗口 \($0.name)", $0.assumed) }
        department = notice.department?.name
        submitted = notice.submitted.replacingOccurrences(of: "T", with: " ")
        factsInWords = notice.factsInWords.isEmpty ? nil : notice.factsInWords.joined(separator: "，")
        let pendingNames = notice.questions.filter { notice.factsDecidingAcceptance.contains($0.fact) }.map(\.name)
        pending = pendingNames.isEmpty ? nil : "待确认" + pendingNames.joined(separator: "、") + "，确认后如有变化，重新出具告知单"
        materials = notice.materials.filter { $0.status != .notApplicable }.map(Self.row)
        missing = notice.materials.filter { $0.status == .missing }.map { line in
            line.name + (line.laterDeadline.map { "（可容缺受理，\($0)内补交）" } ?? "")
        }
        defective = notice.materials.compactMap { line in
            line.defect.map { "\(line.name)：\($0.text)；补正方法：\($0.fix)（\($0.onTheSpot ? "可当场补正" : "须另行补正后再来")）" }
        }
        timeLimit = notice.timeLimit.map { limit in
            let due = limit.due.replacingOccurrences(of: "T", with: " ")
            let promise = DeskNoticeView.mark(limit.text, limit.assumed)
            return (limit.kind == "on_the_spot" ? "\(promise)（\(due)）" : "\(promise)，应于 \(due) 前办结")
                + (limit.provisionalNote.map { "（\($0)）" } ?? "") + (limit.note.map { "。\($0)" } ?? "")
        }
        steps = notice.steps.enumerated().map { index, step in
            StepRow(
                number: index + 1, name: step.name,
                who: [step.department, step.role].filter { !$0.isEmpty }
                    .joined(separator: " · "),
                presence: step.applicantPresent ? "需本人到场" : "无需到场", condition: step.condition)
        }
        visits = notice.visits
        fees = (notice.fee?.items ?? []).map { item in
            FeeRow(
                name: DeskNoticeView.mark(item.name, item.assumed.contains("name")),
                amount: DeskNoticeView.mark("\(item.amount.amountText)元", item.assumed.contains("amount")),
                basis: item.basis)
        }
        feeTotal = notice.fee.map { "\($0.total.amountText)元" }
        greenChannel = notice.greenChannel
        online = notice.online
        contacts = notice.contacts.map { contact in
            let parts = [
                contact.office.map { DeskNoticeView.mark($0, contact.assumed.contains("office")) },
                contact.phone.map { "电话 " + DeskNoticeView.mark($0, contact.assumed.contains("phone")) },
            ].compactMap { $0 }
            return contact.department + (parts.isEmpty ? "" : "：" + parts.joined(separator: "，"))
        }
        hasUnconfirmed = !notice.assumed.isEmpty || notice.materials.contains { !$0.assumed.isEmpty }
        hasMaterials = !materials.isEmpty
        hasSteps = !steps.isEmpty
        hasContacts = !contacts.isEmpty
    }

    /// A value the catalog marks assumed, marked as the notice's own renderers mark it.
    static func mark(_ text: String, _ assumed: Bool) -> String { assumed ? text + Notice.unconfirmed : text }

    static func row(_ line: Notice.MaterialLine) -> MaterialRow {
        var amounts = [line.originals > 0 ? "原件\(line.originals)份" : nil, line.copies > 0 ? "复印件\(line.copies)份" : nil]
            .compactMap { $0 }.joined(separator: "，")
        if amounts.isEmpty { amounts = "出示" }
        if line.form == "electronic" { amounts += "（电子版）" }
        let (text, style): (String, String) =
            switch line.status {
            case .provided: ("已收", "status-ok")
            case .missing: ("未带，需补交", "status-owed")
            case .defective: ("有缺陷，需补正", "status-owed")
            case .optional: ("可选", "")
            case .ask: ("待确认是否需要", "status-ask")
            case .required, .notApplicable: ("需提交", "")
            }
        let detail = ([line.note, line.validity.map { "有效期要求：\($0)" }].compactMap { $0 } + [line.reason])
            .joined(separator: "；")
        return MaterialRow(
            name: line.name, amounts: amounts, statusText: text, statusClass: style, detail: detail,
            defect: line.defect.map { "\($0.text)（补正方法：\($0.fix)）" })
    }
}
