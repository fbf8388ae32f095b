import Catalog

/// A question read through the hall's thesaurus: typos mended, students' words replaced by the
/// catalog's (饭卡 → 一卡通), and words that only say who sent the student dropped.
struct QuestionWording: Sendable {
    /// The ignored words (longest first) replaced by a space, then every rewrite in order.
    let reading: ReplacementChain
    let asking: [ScalarText]
    /// English phrases padded with spaces (whole words only), longest first, and what they
    /// mean; apart, the presence slot of each phrase itself (a padded one's first pair, a space
    /// and a letter, is in every question), so the loop touches no phrase it skips.
    let glossary: [(phrase: ScalarText, means: String)]
    let glossarySlots: [Int]

    init(_ thesaurus: Thesaurus) {
        let entries = thesaurus.glossary
        glossary = entries.map { (ScalarText(" \($0.word) "), $0.means) }
        glossarySlots = entries.map { entry in
            PairPresence.slot(of: ScalarText(entry.word.isEmpty ? "  " : entry.word))
        }
        let ignored = thesaurus.ignored.map(\.text).sorted { $0.count > $1.count }
        reading = ReplacementChain(ignored.map { ($0, " ") } + thesaurus.rewrites.map { ($0.word, $0.means) })
        asking = thesaurus.asking.map { ScalarText($0.text) }
    }

    /// An English question as the catalog's Chinese words it names (I lost my meal card →
    /// 遗失一卡通), whole words only, longest phrase first; empty when it names none.
    func gloss(_ question: String) -> String {
        var text = ScalarText(" " + Self.lettersAndDigits(question.lowercased()) + " ")
        var present = PairPresence(text)
        var words: [String] = []
        let gap = ScalarText("  ")
        for entry in glossarySlots.indices where present.has(glossarySlots[entry]) {
            let (phrase, means) = glossary[entry]
            guard text.contains(phrase) else { continue }
            words.append(means)
            text.replaceAll(phrase, with: gap)
            present = PairPresence(text)
        }
        return words.joined()
    }

    /// Every character that is no letter or digit as a space.
    private static func lettersAndDigits(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return String(text.map { $0.isLetter || $0.isNumber ? $0 : " " })
        }
        return String(
            decoding: text.utf8.map { byte in
                (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte)
                    ? byte : UInt8(ascii: " ")
            }, as: UTF8.self)
    }

    /// Whether the question asks what the rules are rather than to have something done.
    func asksAboutRules(_ question: String) -> Bool {
        let text = ScalarText(question.lowercased())
        return asking.contains { text.contains($0) }
    }

    func read(_ question: String) -> String { read(ScalarText(question.lowercased())).string }

    func read(_ question: ScalarText) -> ScalarText {
        var text = question
        reading.apply(to: &text)
        return text
    }
}
