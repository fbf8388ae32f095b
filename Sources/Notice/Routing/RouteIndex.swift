import Catalog
import Foundation

/// What can be routed to: a service of the hall, or a department outside it (for referral).
enum RouteTarget: Hashable, Sendable {
    case service(String)
    case department(String)
}

/// Weighted character and character-pair vectors of every service's and outside department's
/// words (names, aliases, keywords), with inverse document frequencies, built once per catalog
/// as posting lists, so a question costs what its own characters occur in.
struct RouteIndex: Sendable {
    struct Term: Sendable {
        var text: ScalarText
        var weight: Double
        var document: Int
    }

    let targets: [RouteTarget]
    /// Features are `TextNormalizer.featureKeys`: characters and pairs of characters.
    let features: PostingIndex<UInt64>
    /// Terms of two characters or more, filed under the key of their first pair.
    let termsByFirstPair: [UInt64: [Term]]
    /// Every normalised name, alias and keyword with the weight of its field, longest first:
    /// the ones a short query may lie inside come first.
    let termsLongestFirst: [Term]
    /// Services' names, aliases and keywords that hold a word of the applicant (应届毕业生证明).
    let applicantPhrases: [ScalarText]
    /// The weight of a feature no document has: the rarest there is, so unknown words in a
    /// query lower its best possible score instead of being ignored.
    let unseenIDF: Double

    /// `wording` reads the catalog's words as it reads questions, so that both meet in one vocabulary.
    init(catalog: Catalog, wording: QuestionWording, applicantWords: [String]) {
        let phrases =
            catalog.services.flatMap { [$0.name] + $0.aliases + $0.keywords }
            + catalog.departments.flatMap { [$0.name] + $0.keywords }
        let applicant = applicantWords.map(ScalarText.init)
        applicantPhrases = phrases.map { wording.read(ScalarText($0.lowercased())) }.filter { phrase in
            applicant.contains { phrase.contains($0) && phrase != $0 }
        }
        var raw: [(RouteTarget, [(String, Double)])] = []
        for service in catalog.services {
            let terms = [(service.name, 2.0)] + service.aliases.map { ($0, 2.0) } + service.keywords.map { ($0, 1.0) }
            raw.append((.service(service.id), terms))
        }
        for department in catalog.departments where !department.inHall {
            raw.append((.department(department.id), [(department.name, 2.0)] + department.keywords.map { ($0, 1.0) }))
        }
        targets = raw.map(\.0)
        var terms: [Term] = []
        var documents: [[UInt64: Double]] = []
        for (document, (_, fields)) in raw.enumerated() {
            var frequencies: [UInt64: Double] = [:]
            for (text, weight) in fields {
                let normalised = TextNormalizer.normalize(wording.read(ScalarText(text.lowercased())))
                guard !normalised.isEmpty else { continue }
                terms.append(Term(text: normalised, weight: weight, document: document))
                for key in TextNormalizer.featureKeys(normalised) { frequencies[key, default: 0] += weight }
            }
            documents.append(frequencies)
        }
        features = PostingIndex(documents: documents)
        var byFirstPair: [UInt64: [Term]] = [:]
        for term in terms where term.text.count >= 2 {
            byFirstPair[TextNormalizer.pairKey(term.text.scalars[0], term.text.scalars[1]), default: []].append(term)
        }
        termsByFirstPair = byFirstPair
        termsLongestFirst = terms.sorted { $0.text.count > $1.text.count }
        unseenIDF = log((Double(max(raw.count, 1)) + 1) / 0.5)
    }

    /// Pairs say more than single characters.
    static func featureWeight(isPair: Bool) -> Double { isPair ? 1.0 : 0.35 }

    /// Per document: BM25 of the query's features, pairs weighing more than characters and an
    /// unknown feature as much as the rarest, on one scale for every query (0...1); and the
    /// evidence, how much its shared character pairs say (the sum of their inverse document
    /// frequencies: a match on single characters or on pairs every service shares says little).
    func relevanceAndEvidence(of query: ScalarText) -> (relevance: [Double], evidence: [Double]) {
        let keys = Set(TextNormalizer.featureKeys(query))
        let relevance = features.normalisedScores(
            keys, unseen: { Self.featureWeight(isPair: TextNormalizer.isPair($0)) * max(unseenIDF, 0) },
            weight: { Self.featureWeight(isPair: TextNormalizer.isPair($0)) * max($1, 0) })
        var evidence = [Double](repeating: 0, count: targets.count)
        for key in keys where TextNormalizer.isPair(key) {
            guard let feature = features.features[key] else { continue }
            for posting in features.postings[feature] { evidence[posting.document] += max(features.idf[feature], 0) }
        }
        return (relevance, evidence)
    }
}
