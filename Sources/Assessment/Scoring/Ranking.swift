import Catalog

/// Ranks and outcomes: equal scores share a rank (1, 1, 3) unless the scheme breaks ties.
enum Ranking {
    static func rank(_ results: inout [ScoreResult.WindowResult], ties: String) {
        func better(_ lhs: ScoreResult.WindowResult, _ rhs: ScoreResult.WindowResult) -> Bool {
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            return ties == "fewer_deductions" && lhs.deducted < rhs.deducted
        }
        for index in results.indices {
            results[index].rank = 1 + results.filter { better($0, results[index]) }.count
        }
        results.sort { ($0.rank, $0.window.number) < ($1.rank, $1.window.number) }
    }

    /// Marks each window with the outcomes its result meets. `history` holds earlier periods'
    /// results, for outcomes that need a grade several periods in a row.
    static func applyOutcomes(
        _ outcomes: [Scheme.Outcome], to results: inout [ScoreResult.WindowResult], scheme: Scheme,
        history: [Period: ScoreResult]
    ) {
        let count = results.count
        for index in results.indices {
            let result = results[index]
            for outcome in outcomes where meets(outcome, result, count: count, scheme: scheme, history: history) {
                results[index].outcomes.append(outcome.id)
                if outcome.kind == "title" { results[index].redFlag = true }
                if outcome.kind == "rectify" { results[index].rectify = true }
            }
        }
    }

    private static func meets(
        _ outcome: Scheme.Outcome, _ result: ScoreResult.WindowResult, count: Int, scheme: Scheme,
        history: [Period: ScoreResult]
    ) -> Bool {
        switch outcome.selector {
        case .top(let top): return result.rank <= top
        case .topPercent(let percent): return result.rank <= max(1, Int(Double(count) * percent / 100))
        case .below(let threshold): return result.score < threshold
        case .grade(let grade, let consecutive):
            guard result.grade == grade else { return false }
            let earlier = history.sorted { $0.key.first > $1.key.first }.prefix(consecutive - 1)
            guard earlier.count == consecutive - 1 else { return false }
            return earlier.allSatisfy { _, past in
                past.windows.first { $0.window.number == result.window.number }?.grade == grade
            }
        }
    }
}
