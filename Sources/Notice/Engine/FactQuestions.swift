import Catalog

/// Evaluates conditions against the facts given and gathers the questions for facts still unknown.
struct FactQuestions {
    let catalog: Catalog
    let facts: [String: String]
    private(set) var pending: [String: [String]] = [:]
    private var order: [String] = []

    init(catalog: Catalog, facts: [String: String]) {
        self.catalog = catalog
        self.facts = facts
    }

    /// `true`/`false`, or `nil` when an unknown fact decides it; then the fact becomes a question
    /// about `subject`. No condition means always.
    mutating func holds(_ condition: Condition?, deciding subject: String) -> Bool? {
        guard let condition else { return true }
        let result = condition.evaluate(facts)
        if result == nil {
            for id in condition.facts where facts[id] == nil {
                if pending[id] == nil { order.append(id) }
                if !(pending[id]?.contains(subject) ?? false) { pending[id, default: []].append(subject) }
            }
        }
        return result
    }

    var questions: [Notice.Question] {
        order.map { id in
            let fact = catalog.fact(id)
            let values = fact?.allowedValues ?? []
            return Notice.Question(
                fact: id, name: fact?.name ?? id, prompt: fact?.prompt ?? id, values: values,
                labels: values.map { fact?.label(of: $0) ?? $0 },
                decides: pending[id] ?? [])
        }
    }
}
