import Catalog

/// Recognises facts in a student's words through the labels of fact values: 研究生 gives
/// applicant.level = postgraduate, 丢了 is no label and gives nothing. A fact is set only when
/// exactly one of its values is named.
struct FactInference: Sendable {
    /// Every enumeration fact's values with the forms of their labels, built once per catalog.
    let facts: [(id: String, values: [(value: String, forms: [ScalarText])])]

    init(catalog: Catalog) {
        facts = catalog.facts.filter { $0.kind == .enumeration }.map { fact in
            (fact.id, fact.values.map { ($0.value, Self.forms(of: $0.label).map(ScalarText.init)) })
        }
    }

    func facts(in query: ScalarText) -> [String: String] {
        var named: [String: String] = [:]
        for fact in facts {
            let values = fact.values.filter { value in value.forms.contains { Self.appears($0, in: query) } }
            if values.count == 1 { named[fact.id] = values[0].value }
        }
        return named
    }

    /// The words that say who the applicant is (研究生, 新生, 留学生: the `applicant.*` facts),
    /// longest first. They are facts to apply, not the matter, so routing reads the question
    /// without them: 研究生学费一年多少 is still 学费 (and a redirect for 研究生 then applies).
    static func applicantWords(_ catalog: Catalog) -> [String] {
        catalog.facts.filter { $0.kind == .enumeration && $0.id.hasPrefix("applicant.") }
            .flatMap { fact in fact.values.flatMap { forms(of: $0.label) } }
            .sorted { $0.count > $1.count }
    }

    /// The form itself, or (for three characters or more) its characters in order with at most
    /// one character between each: 已毕业 is found in 已经毕业了.
    static func appears(_ form: ScalarText, in query: ScalarText) -> Bool {
        if query.contains(form) { return true }
        guard form.count >= 3 else { return false }
        let wanted = form.scalars
        let text = query.scalars
        for start in text.indices where text[start] == wanted[0] {
            var position = start
            var matched = 1
            while matched < wanted.count {
                guard let next = text[(position + 1)..<min(text.count, position + 3)].firstIndex(of: wanted[matched])
                else { break }
                position = next
                matched += 1
            }
            if matched == wanted.count { return true }
        }
        return false
    }

    /// The label and its core without a trailing 学生 or 生 (已毕业学生 -> 已毕业), two characters at least.
    static func forms(of label: String) -> [String] {
        var forms = [label]
        for suffix in ["学生"] where label.hasSuffix(suffix) && label.count - suffix.count >= 2 {
            forms.append(String(label.dropLast(suffix.count)))
        }
        return forms.filter { $0.count >= 2 }
    }
}
