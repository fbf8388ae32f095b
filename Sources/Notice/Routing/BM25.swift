import Foundation

/// Okapi BM25 as both routing indexes use it (the characters and pairs of Chinese words, the
/// pinyin trigrams and English stems of Latin ones): inverse document frequencies over the
/// documents' features, and a question's score in one document divided by the best it could
/// reach, so that every question's scores share one scale.
enum BM25 {
    static let k1 = 1.2
    static let b = 0.75

    /// log((N + 1) / (n + 0.5)) for a feature found in n of N documents.
    static func inverseFrequencies(_ documents: [[String: Double]]) -> [String: Double] {
        var frequency: [String: Int] = [:]
        for document in documents { for feature in document.keys { frequency[feature, default: 0] += 1 } }
        let count = Double(max(documents.count, 1))
        return frequency.mapValues { log((count + 1) / (Double($0) + 0.5)) }
    }

    /// The features' BM25 in `document` over the sum of their `weight`s (0...1); a feature's
    /// weight is its inverse frequency, or what the index gives a feature no document has.
    static func normalisedScore(
        _ features: Set<String>, in document: [String: Double], length: Double, averageLength: Double,
        weight: (String) -> Double
    ) -> Double {
        var score = 0.0
        var best = 0.0
        for feature in features {
            let weight = weight(feature)
            best += weight
            guard let count = document[feature] else { continue }
            score += weight * saturation(count, length, averageLength) / (k1 + 1)
        }
        return best > 0 ? score / best : 0
    }

    /// A feature's term-frequency part (at most k1 + 1): `count` times in a document of `length`.
    static func saturation(_ count: Double, _ length: Double, _ averageLength: Double) -> Double {
        count * (k1 + 1) / (count + k1 * (1 - b + b * length / averageLength))
    }
}

extension RouteTarget {
    /// Targets with a score, best first; ties broken by the target so results are stable.
    static func ranked(_ scored: [(RouteTarget, Double)]) -> [(RouteTarget, Double)] {
        // Positions are sorted, not the pairs: moving a pair retains its id.
        let order = scored.indices.sorted { left, right in
            let (a, b) = (scored[left], scored[right])
            return a.1 != b.1 ? a.1 > b.1 : a.0.sortsBefore(b.0)
        }
        return order.map { scored[$0] }
    }

    /// The order of their descriptions (department("…") before service("…"), then by id),
    /// without building them: ids hold no character that sorts before the closing quote.
    func sortsBefore(_ other: RouteTarget) -> Bool {
        switch (self, other) {
        case (.department(let left), .department(let right)), (.service(let left), .service(let right)):
            left < right
        case (.department, .service): true
        case (.service, .department): false
        }
    }
}
