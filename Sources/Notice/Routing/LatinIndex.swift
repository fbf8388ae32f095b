import Catalog
import Foundation

/// Routing for questions typed in Latin letters: pinyin ("fanka guashi") meets the pinyin of
/// the catalog's Chinese words as letter trigrams, English ("lost my meal card") meets the
/// services' and offices' English names and keywords as word stems. Built once per catalog.
struct LatinIndex: Sendable {
    struct Document: Sendable {
        var target: RouteTarget
        var pinyin: [String: Double]
        var pinyinLength: Double
        /// Whole terms in pinyin, for the containment bonus (xueshengzheng inside a question).
        var pinyinTerms: [(text: String, weight: Double)]
        var english: [String: Double]
        var englishLength: Double
    }

    let documents: [Document]
    let pinyinIDF: [String: Double]
    let englishIDF: [String: Double]
    let averagePinyinLength: Double
    let averageEnglishLength: Double
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
        let colloquial = Dictionary(grouping: rewrites, by: \.means).mapValues { $0.map(\.word) }
        let pinyin = Pinyin(learning: raw.flatMap { $0.chinese.map(\.0) } + rewrites.map(\.word))
        transliteration = pinyin
        var documents: [Document] = []
        for (target, chinese, english) in raw {
            var terms: [(String, Double)] = []
            for (text, weight) in chinese {
                terms.append((pinyin.compact(text), weight))
                for (means, words) in colloquial where text.contains(means) {
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
            documents.append(
                Document(
                    target: target, pinyin: pinyinFeatures, pinyinLength: pinyinFeatures.values.reduce(0, +),
                    pinyinTerms: terms.filter { $0.0.count >= 5 }.map { (text: $0.0, weight: $0.1) },
                    english: englishFeatures, englishLength: englishFeatures.values.reduce(0, +)))
        }
        self.documents = documents
        pinyinIDF = BM25.inverseFrequencies(documents.map(\.pinyin))
        englishIDF = BM25.inverseFrequencies(documents.map(\.english))
        averagePinyinLength = documents.map(\.pinyinLength).reduce(0, +) / Double(max(documents.count, 1))
        averageEnglishLength = documents.map(\.englishLength).reduce(0, +) / Double(max(documents.count, 1))
    }

    /// Every target with its score (0...1.x), best first.
    func rank(_ question: String) -> [(RouteTarget, Double)] {
        let letters = Pinyin.latinLetters(question)
        let pinyinFeatures = Set(Self.trigrams(letters))
        let englishFeatures = Set(Self.stems(question))
        let scored = documents.map { document -> (RouteTarget, Double) in
            let pinyin = Self.relevance(
                pinyinFeatures, document.pinyin, length: document.pinyinLength, average: averagePinyinLength,
                idf: pinyinIDF)
            let english = Self.relevance(
                englishFeatures, document.english, length: document.englishLength, average: averageEnglishLength,
                idf: englishIDF)
            var bonus = 0.0
            for term in document.pinyinTerms where letters.contains(term.text) {
                bonus = max(bonus, 0.4 * Double(term.text.count) / Double(max(letters.count, 1)) + 0.1 * term.weight)
            }
            return (document.target, max(pinyin + bonus, english))
        }
        return RouteTarget.ranked(scored.filter { $0.1 > 0 })
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

    /// BM25 on one scale as `RouteIndex.relevance`; an unknown feature weighs 4 (as rare as
    /// the rarest), so a question mostly off the catalog scores low.
    private static func relevance(
        _ features: Set<String>, _ document: [String: Double], length: Double, average: Double, idf: [String: Double]
    ) -> Double {
        guard !features.isEmpty, length > 0 else { return 0 }
        let unseen = min(log((Double(idf.count) + 1) / 0.5), 4)
        return BM25.normalisedScore(features, in: document, length: length, averageLength: max(average, 1)) {
            max(idf[$0] ?? unseen, 0)
        }
    }
}
