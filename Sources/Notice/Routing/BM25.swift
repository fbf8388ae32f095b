/// Okapi BM25's constants and term-frequency part, as both routing indexes use them through
/// `PostingIndex` (the characters and pairs of Chinese words, the pinyin trigrams and English
/// stems of Latin ones).
enum BM25 {
    static let k1 = 1.2
    static let b = 0.75

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
