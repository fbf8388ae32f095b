import Catalog

/// A question read through the hall's thesaurus: typos mended, students' words replaced by the
/// catalog's (饭卡 → 一卡通), and words that only say who sent the student dropped.
struct QuestionWording: Sendable {
    let rewrites: [(word: String, means: String)]
    let ignored: [String]
    let asking: [String]
    let glossary: [(word: String, means: String)]

    init(_ thesaurus: Thesaurus) {
        glossary = thesaurus.glossary
        rewrites = thesaurus.rewrites
        ignored = thesaurus.ignored.map(\.text).sorted { $0.count > $1.count }
        asking = thesaurus.asking.map(\.text)
    }

    /// An English question as the catalog's Chinese words it names (I lost my meal card →
    /// 遗失一卡通), whole words only, longest phrase first; empty when it names none.
    func gloss(_ question: String) -> String {
        var text = " " + String(question.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }) + " "
        var words: [String] = []
        for (word, means) in glossary where text.contains(" \(word) ") {
            words.append(means)
            text = text.replacingOccurrences(of: " \(word) ", with: "  ")
        }
        return words.joined()
    }

    /// Whether the question asks what the rules are rather than to have something done.
    func asksAboutRules(_ question: String) -> Bool {
        asking.contains { question.lowercased().contains($0) }
    }

    func read(_ question: String) -> String {
        var text = question.lowercased()
        for word in ignored { text = text.replacingOccurrences(of: word, with: " ") }
        for (word, means) in rewrites where text.contains(word) {
            text = text.replacingOccurrences(of: word, with: means)
        }
        return text
    }
}
