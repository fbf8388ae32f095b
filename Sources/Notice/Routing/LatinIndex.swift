import Catalog
import Foundation

/// Routing for questions typed in Latin letters: pinyin ("fanka guashi") meets the pinyin of
/// the catalog's Chinese words as letter trigrams, English ("lost my meal card") meets the
/// services' and offices' English names and keywords as word stems. Built once per catalog.
struct LatinIndex: Sendable {
    let targets: [RouteTarget]
    let pinyin: PostingIndex<String>
    let english: PostingIndex<String>
    /// Whole terms in pinyin, for the containment bonus (xueshengzheng inside a question), filed
    /// under their first trigram.
    let pinyinTermsByTrigram: [String: [(document: Int, text: ScalarText, weight: Double)]]
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
            (ScalarText($0.key), $0.key, $0.value.map(\.word))
        }
        let pinyin = Pinyin(learning: raw.flatMap { $0.chinese.map(\.0) } + rewrites.map(\.word))
        transliteration = pinyin
        var pinyinDocuments: [[String: Double]] = []
        var englishDocuments: [[String: Double]] = []
        var termsByTrigram: [String: [(document: Int, text: ScalarText, weight: Double)]] = [:]
        for (document, (_, chinese, english)) in raw.enumerated() {
            var terms: [(String, Double)] = []
            for (text, weight) in chinese {
                terms.append((pinyin.compact(text), weight))
                let scalars = ScalarText(text)
                let present = PairPresence(scalars)
                for (meant, means, words) in colloquial where present.mayContain(meant) && scalars.contains(meant) {
                    for word in words {
                        terms.append((pinyin.compact(text.replacingOccurrences(of: means, with: word)), weight))
                    }
                }
            }
            var pinyinFeatures: [String: Double] = [:]
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
                termsByTrigram[String(text.prefix(3)), default: []].append((document, ScalarText(text), weight))
            }
        }
        targets = raw.map(\.0)
        self.pinyin = PostingIndex(documents: pinyinDocuments)
        self.english = PostingIndex(documents: englishDocuments)
        pinyinTermsByTrigram = termsByTrigram
    }

    /// Every target with its score (0...1.x), best first.
    func rank(_ question: String) -> [(RouteTarget, Double)] {
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
        return RouteTarget.ranked(scored)
    }

    static func trigrams(_ letters: String) -> [String] {
        let characters = Array(letters)
        guard characters.count >= 3 else { return characters.isEmpty ? [] : [letters] }
        return (0...(characters.count - 3)).map { String(characters[$0..<($0 + 3)]) }
    }

    /// Lowercase English words without the commonest endings and without words every
    /// question has (how, my, the...).
    static func stems(_ text: String) -> [String] {
        let words = text.lowercased().split { !$0.isLetter || !$0.isASCII }.map(String.init)
        return words.filter { $0.count > 1 && !stopWords.contains($0) }.map(stem)
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
    private static func relevance(_ features: Set<String>, _ index: PostingIndex<String>) -> [Double] {
        let unseen = min(log((Double(index.features.count) + 1) / 0.5), 4)
        return index.normalisedScores(features, unseen: max(unseen, 0), averageLength: max(index.averageLength, 1))
    }
}
