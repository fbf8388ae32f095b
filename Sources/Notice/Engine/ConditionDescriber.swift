import Catalog

/// Explains a condition in the hall's words: `card.reason in ["lost", "stolen"]` becomes
/// 证件情况为“遗失”或“被盗”.
struct ConditionDescriber {
    let catalog: Catalog

    func describe(_ condition: Condition) -> String {
        describe(condition.expression)
    }

    private func describe(_ expression: Condition.Expression) -> String {
        switch expression {
        case .literal(let value): return value ? "总是" : "从不"
        case .fact(let use): return "\(name(use.id))：是"
        case .membership(let use, let values, let negated):
            let fact = catalog.fact(use.id)
            let labels = values.map { "“\(fact?.label(of: $0.value) ?? $0.value)”" }.joined(separator: "或")
            if fact?.kind == .boolean, values.count == 1 {
                let yes = (values[0].value == "true") != negated
                return "\(name(use.id))：\(yes ? "是" : "否")"
            }
            return "\(name(use.id))\(negated ? "不是" : "为")\(labels)"
        case .not(let inner): return "并非（\(describe(inner))）"
        case .and(let lhs, let rhs): return "\(describe(lhs))，且\(describe(rhs))"
        case .or(let lhs, let rhs): return "\(describe(lhs))，或\(describe(rhs))"
        }
    }

    private func name(_ id: String) -> String { catalog.fact(id)?.name ?? id }
}
