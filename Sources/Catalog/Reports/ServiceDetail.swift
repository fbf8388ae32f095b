/// `onestop show`: one service in full.
public enum ServiceDetail {
    struct MaterialEntry: Encodable {
        var id: String
        var name: String
        var originals: Int
        var copies: Int
        var necessity: Service.Necessity
        var later_deadline: String?
        var when: String?
        var note: String?
    }

    struct StepEntry: Encodable {
        var id: String
        var name: String
        var role: String
        var department: String?
        var applicant_present: Bool
        var separate_from: [String]
        var when: String?
    }

    struct FeeEntry: Encodable {
        var name: String
        var amount: Double
        var basis: String?
        var when: String?
        var adjustment_approval: [String]
    }

    struct Body: Encodable {
        var id: String
        var name: String
        var kind: String
        var aliases: [String]
        var keywords: [String]
        var window: Int?
        var department: String?
        var basis: [String]
        var acceptance: [String]
        var refusals: [String]
        var time_limit: String
        var statutory_limit: String?
        var on_correction: Service.OnCorrection
        var fees: [FeeEntry]
        var materials: [MaterialEntry]
        var steps: [StepEntry]
        var visits: Int
        var redirects: [String]
        var green_channel: Bool
        var online: String?
    }

    /// Finds a service by id, exact name or alias.
    static func body(_ service: Service, _ catalog: Catalog) -> Body {
        let roleName = { (id: String) in catalog.hall?.roles.first { $0.id == id }?.name ?? id }
        return Body(
            id: service.id, name: service.name, kind: service.kind, aliases: service.aliases,
            keywords: service.keywords,
            window: catalog.window(offering: service.id)?.number, department: catalog.department(of: service)?.name,
            basis: service.basis.map(\.citation),
            acceptance: service.acceptance.map { "\($0.text)（\($0.requires.source)）" },
            refusals: service.refusals.map { "\($0.code)：\($0.text)" },
            time_limit: service.timeLimit.chinese, statutory_limit: service.statutoryLimit?.chinese,
            on_correction: service.onCorrection,
            fees: service.fees.map { fee in
                FeeEntry(
                    name: fee.name, amount: fee.amount, basis: fee.basis, when: fee.when?.source,
                    adjustment_approval: fee.approval.map { level in
                        roleName(level.role.id) + (level.below.map { "（\($0.amountText)元以下）" } ?? "（不限）")
                    })
            },
            materials: service.materials.map { use in
                MaterialEntry(
                    id: use.material.id, name: catalog.material(use.material.id)?.name ?? use.material.id,
                    originals: use.originals, copies: use.copies, necessity: use.necessity,
                    later_deadline: use.laterDeadline?.chinese, when: use.when?.source, note: use.note)
            },
            steps: service.steps.map { step in
                StepEntry(
                    id: step.id, name: step.name, role: roleName(step.role.id),
                    department: step.department.flatMap { catalog.department($0.id)?.name },
                    applicant_present: step.applicantPresent, separate_from: step.separateFrom.map(\.id),
                    when: step.when?.source)
            },
            visits: service.visits,
            redirects: service.redirects.map { $0.reason },
            green_channel: service.greenChannel,
            online: service.online.flatMap { reference in catalog.hall?.channels.first { $0.id == reference.id }?.name }
        )
    }

    public static func json(_ service: Service, _ catalog: Catalog) -> String {
        JSONOutput.encode(body(service, catalog))
    }

    public static func text(_ service: Service, _ catalog: Catalog) -> String {
        let body = body(service, catalog)
        var lines = ["\(body.name)（\(body.id)）"]
        func row(_ label: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            lines.append(TextWidth.pad(label, to: 14) + value)
        }
        row("办理窗口", body.window.map { "\($0)号窗口" })
        row("责任部门", body.department)
        row("别名", body.aliases.joined(separator: "、"))
        row("常见说法", body.keywords.joined(separator: "、"))
        row("承诺时限", body.time_limit)
        row("法定时限", body.statutory_limit)
        row("依据", body.basis.joined(separator: "；"))
        row("受理条件", body.acceptance.joined(separator: "；"))
        row("办理次数", "\(body.visits)次")
        row("绿色通道", body.green_channel ? "可申请" : nil)
        row("网上办理", body.online)
        if !body.materials.isEmpty {
            lines.append("所需材料")
            for material in body.materials {
                var detail = "原件\(material.originals)份"
                if material.copies > 0 { detail += "、复印件\(material.copies)份" }
                if material.necessity == .optional { detail += "（可选）" }
                if let deadline = material.later_deadline { detail += "（可容缺后补，\(deadline)内补交）" }
                if let when = material.when { detail += "（适用：\(when)）" }
                lines.append("  - \(material.name)：\(detail)")
            }
        }
        if !body.steps.isEmpty {
            lines.append("办理流程")
            for (index, step) in body.steps.enumerated() {
                let presence = step.applicant_present ? "需本人到场" : "无需到场"
                lines.append("  \(index + 1). \(step.name)（\(step.role)，\(presence)）")
            }
        }
        for fee in body.fees {
            row("收费", "\(fee.name) \(fee.amount.amountText)元" + (fee.basis.map { "（\($0)）" } ?? ""))
            row("费用调整审批", fee.adjustment_approval.joined(separator: " → "))
        }
        for refusal in body.refusals { row("不予受理", refusal) }
        for redirect in body.redirects { row("转办", redirect) }
        return lines.joined(separator: "\n") + "\n"
    }
}
