import Catalog

/// First-question routing (首问负责): free text from a student to ranked services with their
/// window and department, or a referral outside the hall. Everything is local.
public struct Router: Sendable {
    public let catalog: Catalog
    let index: RouteIndex
    let latin: LatinIndex
    let wording: QuestionWording
    let applicantWords: [ScalarText]
    let inference: FactInference
    let sources: ReportedSources

    /// Below this score nothing in the catalog really matches.
    static let threshold = 0.05
    /// The same for questions in pinyin or English, whose scores run on their own scale.
    static let latinThreshold = 0.2
    /// A match needs shared character pairs worth this much (one pair found in about a tenth of
    /// the documents), or a whole catalog phrase in the words.
    static let minimumEvidence = 2.0

    public init(catalog: Catalog) {
        self.catalog = catalog
        wording = QuestionWording(catalog.thesaurus)
        // Who the applicant is and where it happened are not the matter (item 4 of docs/notice.md's routing).
        let applicant = (FactInference.applicantWords(catalog) + catalog.thesaurus.places.map(\.text))
            .sorted { $0.count > $1.count }
        applicantWords = applicant.map(ScalarText.init)
        index = RouteIndex(catalog: catalog, wording: wording, applicantWords: applicant)
        inference = FactInference(catalog: catalog)
        latin = LatinIndex(catalog: catalog, rewrites: catalog.thesaurus.rewrites)
        sources = ReportedSources(catalog: catalog, wording: wording)
    }

    public func route(_ query: String, limit: Int = 5) -> RouteResult {
        let isLatin = Pinyin.isLatin(query)
        let meant = isLatin ? ScalarText(query) : read(query)
        let ranked = consultationFirst(
            Self.preferringTheHall(isLatin ? latinScores(query) : scores(matterNormalised(of: meant))),
            asking: wording.asksAboutRules(query))
        let threshold = isLatin ? Self.latinThreshold : Self.threshold
        let facts = inference.facts(in: meant)
        var matches: [RouteResult.Match] = []
        var referral: RouteResult.Referral?
        var restsOnGuess = false
        for (target, score) in ranked where score >= threshold {
            switch target {
            case .department(let id):
                if matches.isEmpty, referral == nil { referral = outside(id, reason: "该事项不在大厅办理") }
            case .service(let id):
                guard referral == nil || !matches.isEmpty, let service = catalog.service(id) else { continue }
                switch followRedirects(from: service, facts: facts) {
                case .service(let final, let reason):
                    if !matches.contains(where: { $0.service.id == final.id }) {
                        matches.append(
                            match(final, score: score, note: reason.map { "由“\(service.name)”转至本事项：\($0)" }))
                    }
                case .department(let departmentID, let reason, guessed: true):
                    // A guessed redirect never sends the student out of the hall: the window,
                    // a few steps away, confirms it (首问负责), and the clerk is told it is a guess.
                    guard !matches.contains(where: { $0.service.id == service.id }) else { continue }
                    if matches.isEmpty { restsOnGuess = true }
                    matches.append(match(service, score: score, note: possibleReferral(departmentID, reason)))
                case .department(let departmentID, let reason, guessed: false):
                    if matches.isEmpty, referral == nil { referral = outside(departmentID, reason: reason) }
                }
            }
            if matches.count >= limit { break }
        }
        if matches.isEmpty, referral == nil { referral = fallbackReferral(ranked, threshold: threshold) }
        var confidence = RouteConfidence.of(
            ranked.filter { $0.1 >= threshold }, scale: isLatin ? .latin : .chinese,
            desk: referral != nil && referral?.id == nil)
        // An answer that rests on a guessed redirect is never told with certainty.
        if restsOnGuess, confidence == .high { confidence = .medium }
        let top = matches.first?.score ?? 0
        return RouteResult(
            query: query, facts: facts,
            factsInWords: catalog.facts.compactMap { fact in facts[fact.id].map { "\(fact.name)=\(fact.label(of: $0))" }
            },
            matches: referral == nil ? matches : [], outOfScope: referral != nil,
            referral: referral, confidence: confidence,
            alternatives: referral == nil
                ? Array(matches.dropFirst().filter { $0.score >= top * RouteConfidence.closeRatio }) : matches)
    }

    /// A Latin question: pinyin and English keywords, and, for English, its words read through
    /// the thesaurus' glossary into the catalog's Chinese, whichever scores a target higher.
    static let glossWeight = 0.5

    /// Unordered: `preferringTheHall` ranks them.
    func latinScores(_ question: String) -> [(RouteTarget, Double)] {
        var best: [RouteTarget: Double] = [:]
        for (target, score) in latin.scores(question) { best[target] = score }
        let gloss = wording.gloss(question)
        if !gloss.isEmpty {
            for (target, score) in scores(matterNormalised(of: wording.read(ScalarText(gloss.lowercased())))) {
                best[target] = max(best[target] ?? 0, score * Self.glossWeight)
            }
        }
        return best.map { ($0.key, $0.value) }
    }

    /// A question as the router reads it (the thesaurus applied, applicant words, places,
    /// fillers and punctuation gone): the wording to suggest as a keyword for a missed question.
    public func reading(of question: String) -> String {
        Pinyin.isLatin(question)
            ? question.lowercased() : matterNormalised(of: read(question)).string
    }

    /// A Chinese question through the thesaurus, without the offices it names only as who told
    /// or sent the student.
    func read(_ question: String) -> ScalarText {
        sources.removing(from: wording.read(ScalarText(question.lowercased())))
    }

    /// The question, normalised, without the words that say who the applicant is or where it
    /// happened, unless nothing else is left.
    func matterNormalised(of question: ScalarText) -> ScalarText {
        var text = question
        let present = PairPresence(text)
        // 应届毕业生证明 names a service: a word of the applicant inside a catalog phrase stays,
        // also with a 的 between (应届毕业生的证明).
        let hasPossessive = text.scalars.contains(Self.possessive)
        let compact = hasPossessive ? ScalarText(scalars: text.scalars.filter { $0 != Self.possessive }) : text
        let compactPresent = hasPossessive ? PairPresence(compact) : present
        let kept = index.applicantPhrases.filter { compactPresent.mayContain($0) && compact.contains($0) }
        let space = ScalarText(" ")
        for word in applicantWords where present.mayContain(word) && !kept.contains(where: { $0.contains(word) }) {
            text.replaceAll(word, with: space)
        }
        let normalised = TextNormalizer.normalize(text)
        return normalised.isEmpty ? TextNormalizer.normalize(question) : normalised
    }

    /// 的, which may stand inside a catalog phrase as a student says it.
    static let possessive = UInt32(0x7684)

    /// An outside office outranks the hall's services only when it matches clearly better: a
    /// question naming a place or a person (食堂, 辅导员, 研究生) is still about the hall's matter.
    static let outsideWeight = 0.6

    static func preferringTheHall(_ ranked: [(RouteTarget, Double)]) -> [(RouteTarget, Double)] {
        RouteTarget.ranked(
            ranked.map { target, score in
                if case .department = target { return (target, score * outsideWeight) }
                return (target, score)
            })
    }

    /// Every target that scores, unordered: the question's ranking sorts once, at the end.
    func scores(_ normalized: ScalarText) -> [(RouteTarget, Double)] {
        guard !normalized.isEmpty else { return [] }
        let (relevance, evidence) = index.relevanceAndEvidence(of: normalized)
        let bonus = containmentBonuses(normalized)
        var scored: [(RouteTarget, Double)] = []
        for document in index.targets.indices
        where bonus[document] > 0 || evidence[document] >= Self.minimumEvidence {
            let score = relevance[document] + bonus[document]
            if score > 0 { scored.append((index.targets[document], score)) }
        }
        return scored
    }

    /// Per document, its best whole name, alias or keyword inside the query (or the query
    /// inside one): strong evidence. Only terms whose first pair the query holds are looked for.
    private func containmentBonuses(_ query: ScalarText) -> [Double] {
        var best = [Double](repeating: 0, count: index.targets.count)
        let length = Double(query.count)
        var seen: Set<UInt64> = []
        for key in TextNormalizer.featureKeys(query) where TextNormalizer.isPair(key) {
            guard seen.insert(key).inserted else { continue }
            for term in index.termsByFirstPair[key] ?? [] where query.contains(term.text) {
                best[term.document] = max(
                    best[term.document], 0.4 * Double(term.text.count) / length + 0.1 * term.weight)
            }
        }
        guard query.count >= 2 else { return best }
        for term in index.termsLongestFirst {
            guard term.text.count > query.count else { break }
            if term.text.contains(query) {
                best[term.document] = max(
                    best[term.document], 0.45 * length / Double(term.text.count) + 0.05 * term.weight)
            }
        }
        return best
    }
}
