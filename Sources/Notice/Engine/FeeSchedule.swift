import Catalog

/// The fee part of the notice, built once per service (NoticeEngine.init): a request only decides
/// which fees apply and which are still to be confirmed.
struct FeeSchedule: Sendable {
    let entries: [ConditionalLine<Notice.FeeLine>]

    init(service: Service, catalog: Catalog, describer: ConditionDescriber) {
        entries = service.fees.map { fee in
            let condition = fee.when.map { describer.describe($0) }
            let line = Notice.FeeLine(
                name: fee.name, amount: fee.amount, basis: fee.basis,
                reason: condition.map { "适用情形：\($0)" } ?? "按收费标准收取",
                approval: fee.approval.map { level in
                    let role = catalog.hall?.roles.first { $0.id == level.role.id }?.name ?? level.role.id
                    return level.below.map { "\(role)审批\($0.amountText)元以下的调整" } ?? "\(role)审批其余调整"
                }, assumed: fee.assumed.marked(["amount", "name", "basis", "when"]))
            var lineIfAsked = line
            lineIfAsked.reason = "待确认：\(condition ?? "")时收取"
            return ConditionalLine(
                condition: fee.when, subject: "收费：\(fee.name)", ifApplies: line, ifAsked: lineIfAsked)
        }
    }

    /// The fees that apply or may apply; the total counts only those that certainly do.
    func fee(questions: inout FactQuestions) -> Notice.Fee? {
        var items: [Notice.FeeLine] = []
        var total = 0.0
        for entry in entries {
            guard let (line, certain) = entry.line(&questions) else { continue }
            if certain { total += line.amount }
            items.append(line)
        }
        return items.isEmpty ? nil : .init(total: total, items: items)
    }
}
