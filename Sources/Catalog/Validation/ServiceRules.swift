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
                        "promised limit \(service.timeLimit.chinese) of '\(service.id)' exceeds the statutory "
                            + "\(statutory.chinese); shorten the promise",
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
                        "fee '\(fee.name)' of \(fee.amount.amountText) yuan has no basis; add 'basis:' with the charging standard",
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
                        "material '\(use.material.id)' may be handed in later but has no deadline; add 'later_deadline:'",
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
                        "service '\(service.id)' needs no visit but has no online channel; add 'online:' "
                            + "or mark a step 'applicant_present: true'",
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
                        "channel '\(channel.id)' is not online; name a channel with 'online: true'",
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
                                    ? "a step cannot be kept apart from itself; remove '\(other.id)' from its separate_from"
                                    : "step '\(step.id)' can only be kept apart from steps before it, not '\(other.id)'",
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
                    "approval level '\(level.role.id)' has no 'below:' limit but is not the last level; add a limit",
                    at: level.role.location)
            case (let limit?, true):
                bag.error(
                    "approval-levels",
                    "the last approval level '\(level.role.id)' has a limit of \(limit.amountText); the last level approves any amount, remove 'below:'",
                    at: level.role.location)
            case (let limit?, false) where limit <= previous:
                bag.error(
                    "approval-levels",
                    "approval limit \(limit.amountText) of '\(level.role.id)' is not above the previous level's \(previous.amountText); order levels by rising limit",
                    at: level.role.location)
            default: break
            }
            previous = level.below ?? previous
        }
    }
}
