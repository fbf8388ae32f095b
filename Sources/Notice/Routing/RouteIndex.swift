import Catalog
import Foundation

/// What can be routed to: a service of the hall, or a department outside it (for referral).
enum RouteTarget: Hashable, Sendable {
    case service(String)
    case department(String)
}

/// Weighted character and character-pair vectors of every service's and outside department's
/// words (names, aliases, keywords), with inverse document frequencies, built once per catalog.
/// Features are numbered and kept as posting lists, so a question costs what its own
/// characters occur in, not a dictionary look-up per document.
struct RouteIndex: Sendable {
    struct Term: Sendable {
        var text: ScalarText
        var weight: Double
        var document: Int
    }

    struct Posting: Sendable {
        var document: Int
        var count: Double
    }

    let targets: [RouteTarget]
    let lengths: [Double]
    /// Every document's normalised names, aliases and keywords with the weight of their field.
    let terms: [[Term]]
    /// Terms of two characters or more, filed under the feature of their first pair.
    let termsByFirstPair: [Int: [Term]]
    /// Every term, longest first: the ones a short query may lie inside come first.
    let termsLongestFirst: [Term]
    let features: [UInt64: Int]
    let postings: [[Posting]]
    let idf: [Double]
    /// Services' names, aliases and keywords that hold a word of the applicant (应届毕业生证明).
    let applicantPhrases: [ScalarText]
    let averageLength: Double
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
        var terms: [[Term]] = []
        var features: [UInt64: Int] = [:]
        var counts: [[Int: Double]] = []
        for (document, (_, fields)) in raw.enumerated() {
            var documentTerms: [Term] = []
            var frequencies: [Int: Double] = [:]
            for (text, weight) in fields {
                let normalised = TextNormalizer.normalize(wording.read(ScalarText(text.lowercased())))
                guard !normalised.isEmpty else { continue }
                documentTerms.append(Term(text: normalised, weight: weight, document: document))
                for key in TextNormalizer.featureKeys(normalised) {
                    let feature = features[key] ?? features.count
                    features[key] = feature
                    frequencies[feature, default: 0] += weight
                }
            }
            terms.append(documentTerms)
            counts.append(frequencies)
        }
        self.terms = terms
        self.features = features
        lengths = counts.map { $0.values.reduce(0, +) }
        var postings = [[Posting]](repeating: [], count: features.count)
        for (document, frequencies) in counts.enumerated() {
            for (feature, count) in frequencies { postings[feature].append(Posting(document: document, count: count)) }
        }
        self.postings = postings
        let documents = Double(max(raw.count, 1))
        idf = postings.map { log((documents + 1) / (Double($0.count) + 0.5)) }
        var byFirstPair: [Int: [Term]] = [:]
        for term in terms.joined() where term.text.count >= 2 {
            let key = TextNormalizer.pairKey(term.text.scalars[0], term.text.scalars[1])
            if let feature = features[key] { byFirstPair[feature, default: []].append(term) }
        }
        termsByFirstPair = byFirstPair
        termsLongestFirst = terms.joined().sorted { $0.text.count > $1.text.count }
        unseenIDF = log((documents + 1) / 0.5)
        averageLength = lengths.reduce(0, +) / documents
    }

    /// Pairs say more than single characters.
    static func featureWeight(isPair: Bool) -> Double { isPair ? 1.0 : 0.35 }

    /// Per document: BM25 of the query's features, pairs weighing more than characters and an
    /// unknown feature as much as the rarest, on one scale for every query (0...1); and the
    /// evidence, how much its shared character pairs say (the sum of their inverse document
    /// frequencies: a match on single characters or on pairs every service shares says little).
    func relevanceAndEvidence(of query: ScalarText) -> (relevance: [Double], evidence: [Double]) {
        var score = [Double](repeating: 0, count: targets.count)
        var evidence = [Double](repeating: 0, count: targets.count)
        var best = 0.0
        for key in Set(TextNormalizer.featureKeys(query)) {
            let isPair = TextNormalizer.isPair(key)
            guard let feature = features[key] else {
                best += Self.featureWeight(isPair: isPair) * max(unseenIDF, 0)
                continue
            }
            let inverse = max(idf[feature], 0)
            let weight = Self.featureWeight(isPair: isPair) * inverse
            best += weight
            for posting in postings[feature] {
                let length = lengths[posting.document]
                let saturation = BM25.saturation(posting.count, length, averageLength)
                score[posting.document] += weight * saturation / (BM25.k1 + 1)
                if isPair { evidence[posting.document] += inverse }
            }
        }
        if best > 0 {
            for document in score.indices { score[document] /= best }
        }
        return (score, evidence)
    }
}
