import Catalog

/// Explains a condition in the hall's words: `card.reason in ["lost", "stolen"]` becomes
/// 证件情况为“遗失”或“被盗”; a negation is said as the opposite, never as 并非（…）.
struct ConditionDescriber {
    let catalog: Catalog

    func describe(_ condition: Condition) -> String {
        describe(condition.expression, negated: false)
    }

    /// The facts a condition reads, as the applicant's situation: 学生类别：已毕业学生，是否在处分期：是.
    func factsInWords(_ condition: Condition, facts: [String: String]) -> String {
        var seen: Set<String> = []
        let known = condition.facts.filter { seen.insert($0).inserted }.compactMap { id in
            facts[id].map { "\(name(id))：\(catalog.fact(id)?.label(of: $0) ?? $0)" }
        }
        return known.joined(separator: "，")
    }

    private func describe(_ expression: Condition.Expression, negated: Bool) -> String {
        switch expression {
        case .literal(let value): return value != negated ? "总是" : "从不"
        case .fact(let use): return "\(name(use.id))：\(negated ? "否" : "是")"
        case .membership(let use, let values, let excluded):
            let fact = catalog.fact(use.id)
            let not = excluded != negated
            if fact?.kind == .boolean, values.count == 1 {
                let yes = (values[0].value == "true") != not
                return "\(name(use.id))：\(yes ? "是" : "否")"
            }
            let labels = values.map { "“\(fact?.label(of: $0.value) ?? $0.value)”" }.joined(separator: "或")
            return "\(name(use.id))\(not ? "不是" : "为")\(labels)"
        case .not(let inner): return describe(inner, negated: !negated)
        case .and(let lhs, let rhs):
            let joiner = negated ? "，或" : "，且"
            return describe(lhs, negated: negated) + joiner + describe(rhs, negated: negated)
        case .or(let lhs, let rhs):
            let joiner = negated ? "，且" : "，或"
            return describe(lhs, negated: negated) + joiner + describe(rhs, negated: negated)
        }
    }

    private func name(_ id: String) -> String { catalog.fact(id)?.name ?? id }
}
