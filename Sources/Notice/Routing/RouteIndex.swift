import Catalog
import Foundation

/// What can be routed to: a service of the hall, or a department outside it (for referral).
enum RouteTarget: Hashable, Sendable {
    case service(String)
    case department(String)
}

/// Weighted character and character-pair vectors of every service's and outside department's
/// words (names, aliases, keywords), with inverse document frequencies, built once per catalog.
struct RouteIndex: Sendable {
    struct Document: Sendable {
        var target: RouteTarget
        /// Feature counts, weighted by the field they came from (names count double).
        var frequencies: [String: Double]
        var length: Double
        /// Normalised names, aliases and keywords, with the weight of the field they came from.
        var terms: [(text: String, weight: Double)]
    }

    let documents: [Document]
    /// Services' names, aliases and keywords that hold a word of the applicant (应届毕业生证明).
    let applicantPhrases: [String]
    let idf: [String: Double]
    let averageLength: Double
    /// The weight of a feature no document has: the rarest there is, so unknown words in a
    /// query lower its best possible score instead of being ignored.
    let unseenIDF: Double

    /// `wording` reads the catalog's words as it reads questions, so that both meet in one vocabulary.
    init(catalog: Catalog, wording: QuestionWording, applicantWords: [String]) {
        let phrases =
            catalog.services.flatMap { [$0.name] + $0.aliases + $0.keywords }
            + catalog.departments.flatMap { [$0.name] + $0.keywords }
        applicantPhrases = phrases.map(wording.read).filter { phrase in
            applicantWords.contains { phrase.contains($0) && phrase != $0 }
        }
        var raw: [(RouteTarget, [(String, Double)])] = []
        for service in catalog.services {
            let terms = [(service.name, 2.0)] + service.aliases.map { ($0, 2.0) } + service.keywords.map { ($0, 1.0) }
            raw.append((.service(service.id), terms))
        }
        for department in catalog.departments where !department.inHall {
            raw.append((.department(department.id), [(department.name, 2.0)] + department.keywords.map { ($0, 1.0) }))
        }
        let prepared = raw.map { target, terms in
            (target, terms.map { (TextNormalizer.normalize(wording.read($0.0)), $0.1) }.filter { !$0.0.isEmpty })
        }
        let documents = prepared.map { target, terms in
            var frequencies: [String: Double] = [:]
            for (text, weight) in terms {
                for feature in TextNormalizer.features(text) { frequencies[feature, default: 0] += weight }
            }
            return Document(
                target: target, frequencies: frequencies, length: frequencies.values.reduce(0, +),
                terms: terms.map { (text: $0.0, weight: $0.1) })
        }
        self.documents = documents
        idf = BM25.inverseFrequencies(documents.map(\.frequencies))
        unseenIDF = log((Double(max(documents.count, 1)) + 1) / 0.5)
        averageLength = documents.map(\.length).reduce(0, +) / Double(max(documents.count, 1))
    }

    /// Pairs say more than single characters.
    static func featureWeight(_ feature: String) -> Double { feature.count > 1 ? 1.0 : 0.35 }

    /// How much a document's shared character pairs say: the sum of their inverse document
    /// frequencies. A match on single characters or on pairs every service shares says little.
    func evidence(of features: Set<String>, in document: Document) -> Double {
        features.reduce(0) { sum, feature in
            feature.count > 1 && document.frequencies[feature] != nil ? sum + max(idf[feature] ?? 0, 0) : sum
        }
    }

    /// BM25 of the query's features in `document`, pairs weighing more than characters and an
    /// unknown feature as much as the rarest, on one scale for every query (0...1).
    func relevance(of features: Set<String>, in document: Document) -> Double {
        BM25.normalisedScore(features, in: document.frequencies, length: document.length, averageLength: averageLength)
        {
            Self.featureWeight($0) * max(idf[$0] ?? unseenIDF, 0)
        }
    }
}
