import Catalog

/// A question read through the hall's thesaurus: typos mended, students' words replaced by the
/// catalog's (饭卡 → 一卡通), and words that only say who sent the student dropped.
struct QuestionWording: Sendable {
    let rewrites: [(word: String, means: String)]
    let ignored: [String]
    let asking: [String]

    init(_ thesaurus: Thesaurus) {
        rewrites = thesaurus.rewrites
        ignored = thesaurus.ignored.map(\.text).sorted { $0.count > $1.count }
        asking = thesaurus.asking.map(\.text)
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
