/// Rules about a service's limits, fees, materials, channels and approvals.
extension ValidationRule {
    static let services: [ValidationRule] = [
        ValidationRule(
            "limit-exceeds-statutory", "a promised time limit is longer than the statutory one",
            triggering: [
                RuleExample("services/daily.yaml", "time_limit: {working_days: 5}", "time_limit: {working_days: 7}")
            ],
            nonTriggering: [
                .unchanged,
                RuleExample("services/daily.yaml", "time_limit: {working_days: 5}", "time_limit: {hours: 48}"),
            ],
            check: { catalog, bag in
                for service in catalog.services {
                    guard let statutory = service.statutoryLimit,
                        service.timeLimit.comparableHours > statutory.comparableHours
                    else { continue }
                    bag.error(
                        "limit-exceeds-statutory",
                        "事项“\(service.id)”的承诺时限（\(service.timeLimit.chinese)）超过了法定时限"
                            + "（\(statutory.chinese)）；请缩短承诺时限",
                        at: service.timeLimitLocation ?? service.location)
                }
            }),
        ValidationRule(
            "fee-without-basis", "a fee above zero has no basis (charging standard)",
            triggering: [RuleExample("services/daily.yaml", "        basis: 财务处收费标准\n", "")],
            nonTriggering: [
                .unchanged,
                RuleExample("services/daily.yaml", "amount: 15\n        basis: 财务处收费标准\n", "amount: 0\n"),
            ],
            check: { catalog, bag in
                for fee in catalog.services.flatMap(\.fees) where fee.amount > 0 && (fee.basis ?? "").isEmpty {
                    bag.error(
                        "fee-without-basis",
                        "收费项目“\(fee.name)”（\(fee.amount.amountText) 元）没有收费依据；请用“basis:”写明收费标准",
                        at: fee.location)
                }
            }),
        ValidationRule(
            "later-without-deadline", "a material that may be handed in later (容缺后补) has no deadline",
            triggering: [RuleExample("services/daily.yaml", "        later_deadline: {working_days: 3}\n", "")],
            nonTriggering: [.unchanged],
            check: { catalog, bag in
                for use in catalog.services.flatMap(\.materials)
                where use.necessity == .later && use.laterDeadline == nil {
                    bag.error(
                        "later-without-deadline",
                        "材料“\(use.material.id)”可以容缺后补，但没有补交期限；请加上“later_deadline:”",
                        at: use.location)
                }
            }),
        ValidationRule(
            "no-visit-without-online", "a service that needs no visit has no online channel",
            triggering: [RuleExample("services/daily.yaml", "    online:\n      channel: wechat\n", "")],
            nonTriggering: [.unchanged],
            check: { catalog, bag in
                for service in catalog.services where service.visits == 0 && service.online == nil {
                    bag.error(
                        "no-visit-without-online",
                        "事项“\(service.id)”无需到场，却没有网上办理渠道；请加上“online:”，"
                            + "或把某个环节标为“applicant_present: true”",
                        at: service.location)
                }
            }),
        ValidationRule(
            "offline-channel", "a service's online channel is not an online channel",
            triggering: [RuleExample("services/daily.yaml", "channel: wechat", "channel: on_site")],
            nonTriggering: [.unchanged],
            check: { catalog, bag in
                for service in catalog.services {
                    guard let reference = service.online,
                        let channel = catalog.hall?.channels.first(where: { $0.id == reference.id }), !channel.online
                    else { continue }
                    bag.error(
                        "offline-channel",
                        "渠道“\(channel.id)”不是网上渠道；请改写一个标有“online: true”的渠道",
                        at: reference.location)
                }
            }),
        ValidationRule(
            "approval-levels", "fee approval levels are not in rising order with only the last one unlimited",
            triggering: [
                RuleExample("services/daily.yaml", "            below: 50\n", ""),
                RuleExample(
                    "services/daily.yaml", "          - role: director\n",
                    "          - role: director\n            below: 20\n"),
            ],
            nonTriggering: [.unchanged],
            check: { catalog, bag in
                for fee in catalog.services.flatMap(\.fees) { ApprovalCheck.check(fee, into: &bag) }
            }),
        ValidationRule(
            "invalid-separation", "a step is to be kept apart from itself or from a step that comes after it",
            triggering: [RuleExample("services/daily.yaml", "separate_from: [verify]", "separate_from: [produce]")],
            nonTriggering: [.unchanged],
            check: { catalog, bag in
                for service in catalog.services {
                    for (index, step) in service.steps.enumerated() {
                        let earlier = Set(service.steps.prefix(index).map(\.id))
                        for other in step.separateFrom
                        where !earlier.contains(other.id) && service.steps.contains(where: { $0.id == other.id }) {
                            bag.error(
                                "invalid-separation",
                                other.id == step.id
                                    ? "环节不能与它自己分开办理；请把“\(other.id)”从它的 separate_from 中删去"
                                    : "环节“\(step.id)”只能与它之前的环节分开办理，不能写后面的“\(other.id)”；"
                                        + "请从 separate_from 中删去",
                                at: other.location)
                        }
                    }
                }
            }),
    ]
}

/// Fee adjustment approval: thresholds rise, and only the last level approves without limit.
enum ApprovalCheck {
    static func check(_ fee: Service.Fee, into bag: inout DiagnosticBag) {
        var previous = -1.0
        for (index, level) in fee.approval.enumerated() {
            let isLast = index == fee.approval.count - 1
            switch (level.below, isLast) {
            case (nil, false):
                bag.error(
                    "approval-levels",
                    "审批层级“\(level.role.id)”不是最后一级，却没有“below:”限额；请加上限额",
                    at: level.role.location)
            case (let limit?, true):
                bag.error(
                    "approval-levels",
                    "最后一级审批“\(level.role.id)”写了限额 \(limit.amountText)；最后一级审批任何金额，"
                        + "请删去“below:”",
                    at: level.role.location)
            case (let limit?, false) where limit <= previous:
                bag.error(
                    "approval-levels",
                    "“\(level.role.id)”的审批限额 \(limit.amountText) 不高于上一级的 \(previous.amountText)；"
                        + "请按限额从低到高排列各级",
                    at: level.role.location)
            default: break
            }
            previous = level.below ?? previous
        }
    }
}
