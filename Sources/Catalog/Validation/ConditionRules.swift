/// Conditions may only test declared facts, against values those facts allow.
extension ValidationRule {
    static let conditions: [ValidationRule] = [
        ValidationRule(
            "unknown-fact", "a condition tests a fact facts.yaml does not declare",
            triggering: [
                RuleExample("services/daily.yaml", "applicant.stage != \"graduate\"", "applicant.stag != \"graduate\"")
            ],
            nonTriggering: [.unchanged],
            check: { catalog, bag in ConditionCheck(catalog: catalog).run(into: &bag, only: "unknown-fact") }),
        ValidationRule(
            "unknown-fact-value", "a condition compares a fact with a value the fact does not allow",
            triggering: [
                RuleExample("services/daily.yaml", "card.reason == \"damaged\"", "card.reason == \"broken\""),
                RuleExample(
                    "services/daily.yaml", "card.reason == \"damaged\"", "card.reason in [\"lost\", \"stole\"]"),
            ],
            nonTriggering: [
                .unchanged,
                RuleExample(
                    "services/daily.yaml", "card.reason == \"damaged\"", "card.reason not in [\"lost\", \"stolen\"]"),
            ],
            check: { catalog, bag in ConditionCheck(catalog: catalog).run(into: &bag, only: "unknown-fact-value") }),
        ValidationRule(
            "condition-type", "a condition uses a fact as the wrong type (an enum fact alone, a boolean with a word)",
            triggering: [RuleExample("services/daily.yaml", "card.reason == \"damaged\"", "card.reason")],
            nonTriggering: [.unchanged],
            check: { catalog, bag in ConditionCheck(catalog: catalog).run(into: &bag, only: "condition-type") }),
    ]
}

extension Catalog {
    /// Every condition in the catalog's services.
    var allConditions: [Condition] {
        var conditions: [Condition] = []
        for service in services {
            conditions += service.acceptance.map(\.requires)
            conditions += service.fees.compactMap(\.when)
            conditions += service.materials.compactMap(\.when)
            conditions += service.steps.compactMap(\.when)
            conditions += service.redirects.compactMap(\.when)
        }
        return conditions
    }
}

/// Type-checks conditions against the declared facts.
struct ConditionCheck {
    let catalog: Catalog

    func run(into bag: inout DiagnosticBag, only code: String) {
        var found = DiagnosticBag()
        for condition in catalog.allConditions { check(condition.expression, condition, into: &found) }
        for diagnostic in found.diagnostics where diagnostic.code == code { bag.report(diagnostic) }
    }

    private func check(_ expression: Condition.Expression, _ condition: Condition, into bag: inout DiagnosticBag) {
        switch expression {
        case .literal: return
        case .not(let inner): check(inner, condition, into: &bag)
        case .and(let lhs, let rhs), .or(let lhs, let rhs):
            check(lhs, condition, into: &bag)
            check(rhs, condition, into: &bag)
        case .fact(let use):
            guard let fact = lookup(use, condition, into: &bag) else { return }
            if fact.kind != .boolean {
                bag.error(
                    "condition-type",
                    "情况“\(fact.id)”有若干取值，不是 true/false；请与取值比较，"
                        + "如 \(fact.id) == \"\(fact.values.first?.value ?? "取值")\"",
                    at: condition.location(at: use.offset))
            }
        case .membership(let use, let values, _):
            guard let fact = lookup(use, condition, into: &bag) else { return }
            for value in values {
                let location = condition.location(at: value.offset)
                switch (fact.kind, value.isBoolean) {
                case (.boolean, true): continue
                case (.boolean, false):
                    bag.error(
                        "condition-type", "情况“\(fact.id)”只有 true 或 false；请与 true 或 false 比较",
                        at: location)
                case (.enumeration, true):
                    bag.error(
                        "condition-type", "情况“\(fact.id)”有若干取值，不是 true/false；请写它的一个取值，并加上引号",
                        at: location)
                case (.enumeration, false):
                    let allowed = fact.values.map(\.value)
                    if !allowed.contains(value.value) {
                        bag.error(
                            "unknown-fact-value",
                            "\(QuotedText.quoted(value.value))不是情况“\(fact.id)”的取值"
                                + "\(Suggestion.hint(for: value.value, among: allowed))；"
                                + "请从 \(allowed.joined(separator: ", ")) 中选一个",
                            at: location)
                    }
                }
            }
        }
    }

    private func lookup(_ use: Condition.FactUse, _ condition: Condition, into bag: inout DiagnosticBag) -> Fact? {
        if let fact = catalog.fact(use.id) { return fact }
        bag.error(
            "unknown-fact",
            "未声明的情况\(QuotedText.quoted(use.id))\(Suggestion.hint(for: use.id, among: catalog.facts.map(\.id)))；"
                + "请在 facts.yaml 中声明它",
            at: condition.location(at: use.offset))
        return nil
    }
}
