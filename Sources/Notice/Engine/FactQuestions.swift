import Catalog

/// Evaluates conditions against the facts given and gathers the questions for facts still unknown.
struct FactQuestions {
    let catalog: Catalog
    let facts: [String: String]
    private(set) var pending: [String: [String]] = [:]
    private var order: [String] = []
    /// Each fact's question but for what it decides, when worked out beforehand (`templates(for:)`).
    private let templates: [String: Notice.Question]

    init(catalog: Catalog, facts: [String: String], templates: [String: Notice.Question] = [:]) {
        self.catalog = catalog
        self.facts = facts
        self.templates = templates
    }

    /// The question of every fact of the catalog, for `init`: the same whichever notice asks it.
    static func templates(for catalog: Catalog) -> [String: Notice.Question] {
        var templates: [String: Notice.Question] = [:]
        for fact in catalog.facts where templates[fact.id] == nil {
            templates[fact.id] = question(fact.id, in: catalog)
        }
        return templates
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
            var question = templates[id] ?? Self.question(id, in: catalog)
            question.decides = pending[id] ?? []
            return question
        }
    }

    private static func question(_ id: String, in catalog: Catalog) -> Notice.Question {
        let fact = catalog.fact(id)
        let values = fact?.allowedValues ?? []
        return Notice.Question(
            fact: id, name: fact?.name ?? id, prompt: fact?.prompt ?? id, values: values,
            labels: values.map { fact?.label(of: $0) ?? $0 }, decides: [])
    }
}
