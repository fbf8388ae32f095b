import Foundation

/// Documents' weighted features as posting lists, for BM25 that costs what a question's own
/// features occur in: no dictionary look-up per document.
struct PostingIndex<Key: Hashable & Sendable>: Sendable {
    struct Posting: Sendable {
        var document: Int
        var count: Double
    }

    let features: [Key: Int]
    let postings: [[Posting]]
    /// log((N + 1) / (n + 0.5)) for a feature found in n of N documents.
    let idf: [Double]
    let lengths: [Double]
    let averageLength: Double

    init(documents: [[Key: Double]]) {
        var features: [Key: Int] = [:]
        var postings: [[Posting]] = []
        for (document, frequencies) in documents.enumerated() {
            for (key, count) in frequencies {
                let feature = features[key] ?? postings.count
                if feature == postings.count {
                    features[key] = feature
                    postings.append([])
                }
                postings[feature].append(Posting(document: document, count: count))
            }
        }
        self.features = features
        self.postings = postings
        let count = Double(max(documents.count, 1))
        idf = postings.map { log((count + 1) / (Double($0.count) + 0.5)) }
        lengths = documents.map { $0.values.reduce(0, +) }
        averageLength = lengths.reduce(0, +) / count
    }

    var documentCount: Int { lengths.count }

    /// Every document's BM25 of `query` over the sum of the features' weights (0...1), so that
    /// every question's scores share one scale: `weight` gives a known feature's weight from its
    /// inverse frequency, `unseen` an unknown one's. `averageLength` may be floored, as the Latin
    /// index does.
    func normalisedScores(
        _ query: Set<Key>, unseen: (Key) -> Double, averageLength average: Double? = nil,
        weight: (Key, Double) -> Double = { max($1, 0) }
    ) -> [Double] {
        var scores = [Double](repeating: 0, count: documentCount)
        let average = average ?? averageLength
        var best = 0.0
        for key in query {
            guard let feature = features[key] else {
                best += unseen(key)
                continue
            }
            let weight = weight(key, idf[feature])
            best += weight
            for posting in postings[feature] {
                scores[posting.document] +=
                    weight * BM25.saturation(posting.count, lengths[posting.document], average) / (BM25.k1 + 1)
            }
        }
        guard best > 0 else { return scores.map { _ in 0 } }
        return scores.map { $0 / best }
    }
}
