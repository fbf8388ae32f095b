import Catalog
import Foundation

/// Routing for questions typed in Latin letters: pinyin ("fanka guashi") meets the pinyin of
/// the catalog's Chinese words as letter trigrams, English ("lost my meal card") meets the
/// services' and offices' English names and keywords as word stems. Built once per catalog.
struct LatinIndex: Sendable {
    let targets: [RouteTarget]
    let pinyin: PostingIndex<UInt32>
    let english: PostingIndex<String>
    /// Whole terms in pinyin, for the containment bonus (xueshengzheng inside a question), filed
    /// under their first trigram.
    let pinyinTermsByTrigram: [UInt32: [(document: Int, text: ScalarText, weight: Double)]]
    let transliteration: Pinyin

    init(catalog: Catalog, rewrites: [(word: String, means: String)]) {
        var raw: [(RouteTarget, chinese: [(String, Double)], english: [(String, Double)])] = []
        for service in catalog.services {
            let chinese = [(service.name, 2.0)] + service.aliases.map { ($0, 2.0) } + service.keywords.map { ($0, 1.0) }
            let english = (service.nameEN.map { [($0, 2.0)] } ?? []) + service.keywordsEN.map { ($0, 1.0) }
            raw.append((.service(service.id), chinese, english))
        }
        for department in catalog.departments where !department.inHall {
            let chinese = [(department.name, 2.0)] + department.keywords.map { ($0, 1.0) }
            let english = (department.nameEN.map { [($0, 2.0)] } ?? []) + department.keywordsEN.map { ($0, 1.0) }
            raw.append((.department(department.id), chinese, english))
        }
        // Students' own words in pinyin (fanka) count for the catalog word they mean (一卡通).
        let colloquial = Dictionary(grouping: rewrites, by: \.means).map {
            (ScalarText($0.key), $0.value.map { ScalarText($0.word) })
        }
        let pinyin = Pinyin(learning: raw.flatMap { $0.chinese.map(\.0) } + rewrites.map(\.word))
        transliteration = pinyin
        var pinyinDocuments: [[UInt32: Double]] = []
        var englishDocuments: [[String: Double]] = []
        var termsByTrigram: [UInt32: [(document: Int, text: ScalarText, weight: Double)]] = [:]
        for (document, (_, chinese, english)) in raw.enumerated() {
            var terms: [(String, Double)] = []
            for (text, weight) in chinese {
                terms.append((pinyin.compact(text), weight))
                let scalars = ScalarText(text)
                let present = PairPresence(scalars)
                for (meant, words) in colloquial where present.mayContain(meant) && scalars.contains(meant) {
                    for word in words {
                        var replaced = scalars
                        replaced.replaceAll(meant, with: word)
                        terms.append((pinyin.compact(replaced.string), weight))
                    }
                }
            }
            var pinyinFeatures: [UInt32: Double] = [:]
            for (text, weight) in terms {
                for feature in Self.trigrams(text) { pinyinFeatures[feature, default: 0] += weight }
            }
            var englishFeatures: [String: Double] = [:]
            for (text, weight) in english {
                for feature in Self.stems(text) { englishFeatures[feature, default: 0] += weight }
            }
            pinyinDocuments.append(pinyinFeatures)
            englishDocuments.append(englishFeatures)
            for (text, weight) in terms where text.count >= 5 {
                termsByTrigram[Self.trigrams(String(text.prefix(3)))[0], default: []].append(
                    (document, ScalarText(text), weight))
            }
        }
        targets = raw.map(\.0)
        self.pinyin = PostingIndex(documents: pinyinDocuments)
        self.english = PostingIndex(documents: englishDocuments)
        pinyinTermsByTrigram = termsByTrigram
    }

    /// Every target that scores (0...1.x), unordered.
    func scores(_ question: String) -> [(RouteTarget, Double)] {
        let letters = Pinyin.latinLetters(question)
        let scalars = ScalarText(letters)
        let pinyinFeatures = Set(Self.trigrams(letters))
        let pinyinScores = Self.relevance(pinyinFeatures, pinyin)
        let englishScores = Self.relevance(Set(Self.stems(question)), english)
        var bonus = [Double](repeating: 0, count: targets.count)
        for trigram in pinyinFeatures {
            for term in pinyinTermsByTrigram[trigram] ?? [] where scalars.contains(term.text) {
                bonus[term.document] = max(
                    bonus[term.document],
                    0.4 * Double(term.text.count) / Double(max(scalars.count, 1)) + 0.1 * term.weight)
            }
        }
        var scored: [(RouteTarget, Double)] = []
        for document in targets.indices {
            let score = max(pinyinScores[document] + bonus[document], englishScores[document])
            if score > 0 { scored.append((targets[document], score)) }
        }
        return scored
    }

    /// Every run of three letters of `letters` (pinyin: ASCII letters only), or the whole of a
    /// shorter one, each packed with its length into one number.
    static func trigrams(_ letters: String) -> [UInt32] {
        let bytes = Array(letters.utf8)
        guard bytes.count >= 3 else { return bytes.isEmpty ? [] : [pack(bytes[...])] }
        return (0...(bytes.count - 3)).map { pack(bytes[$0..<($0 + 3)]) }
    }

    private static func pack(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var key = UInt32(bytes.count) << 24
        for (offset, byte) in bytes.enumerated() { key |= UInt32(byte) << (8 * UInt32(2 - offset)) }
        return key
    }

    /// Lowercase English words without the commonest endings and without words every
    /// question has (how, my, the...).
    static func stems(_ text: String) -> [String] {
        let words = asciiWords(text.lowercased())
        return words.filter { $0.count > 1 && !stopWords.contains($0) }.map(stem)
    }

    /// The runs of ASCII letters, every other character a separator.
    private static func asciiWords(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            if (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) {
                current.append(byte)
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    static func stem(_ word: String) -> String {
        for suffix in ["ing", "ed", "es", "s"] where word.count > suffix.count + 2 && word.hasSuffix(suffix) {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    static let stopWords: Set<String> = [
        "a", "an", "the", "i", "me", "my", "mine", "we", "our", "you", "your", "is", "am", "are", "was", "be", "been",
        "do", "does", "did", "can", "could", "should", "would", "will", "how", "what", "where", "when", "which",
        "who", "whom", "why", "to", "of", "for", "in", "on", "at", "from", "with", "and", "or", "it", "its", "this",
        "that", "there", "here", "please", "hi", "hello", "need", "want", "get", "got", "have", "has", "had",
        "any", "some", "about", "if", "so", "just", "help", "go", "anyone", "someone", "know", "tell", "ask",
        "yet", "one", "not", "don", "t", "im", "way", "like", "also", "up", "by", "as", "into", "out",
    ]

    /// BM25 on one scale as `RouteIndex`'s; an unknown feature weighs 4 (as rare as the
    /// rarest), so a question mostly off the catalog scores low.
    private static func relevance<Key>(_ features: Set<Key>, _ index: PostingIndex<Key>) -> [Double] {
        let unseen = min(log((Double(index.features.count) + 1) / 0.5), 4)
        return index.normalisedScores(
            features, unseen: { _ in max(unseen, 0) }, averageLength: max(index.averageLength, 1))
    }
}
