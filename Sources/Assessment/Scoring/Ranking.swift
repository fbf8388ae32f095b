import Catalog

/// Ranks: higher scores first, equal scores ordered by the scheme's tie-breakers in turn;
/// windows still equal after every breaker share the place (1, 1, 3) and are marked `tied`.
enum Ranking {
    /// Ranks `results` and returns what the reader must be told about how ties were broken.
    static func rank(_ results: inout [ScoreResult.WindowResult], breakers: [Scheme.TieBreaker]) -> [String] {
        let usable = breakers.filter { breaker in results.allSatisfy { value(breaker, of: $0) != nil } }
        let missing = breakers.filter { !usable.contains($0) }
        func better(_ lhs: ScoreResult.WindowResult, _ rhs: ScoreResult.WindowResult) -> Bool {
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            for breaker in usable {
                let left = value(breaker, of: lhs) ?? 0
                let right = value(breaker, of: rhs) ?? 0
                if left != right { return left > right }
            }
            return false
        }
        for index in results.indices {
            results[index].rank = 1 + results.filter { better($0, results[index]) }.count
        }
        for index in results.indices {
            let rank = results[index].rank
            results[index].tied = results.indices.contains { $0 != index && results[$0].rank == rank }
        }
        results.sort { ($0.rank, $0.window.number) < ($1.rank, $1.window.number) }
        var notes: [String] = []
        if breakers.isEmpty {
            notes.append("方案未规定同分如何排序：同分者并列同一名次")
        } else {
            notes.append("同分时依次比较：" + breakers.map(\.description).joined(separator: "、") + "；仍相同者并列同一名次")
        }
        for breaker in missing {
            // A breaker compares every window or none: name the windows without data when some have it.
            let lacking = results.filter { value(breaker, of: $0) == nil }.map { "\($0.window.number)号" }
            let whose = lacking.count == results.count ? "本期无" : "本期\(lacking.joined(separator: "、"))窗口无"
            notes.append("\(whose)\(breaker.dataName)数据，“\(breaker.description)”未用于比较")
        }
        return notes
    }

    /// A breaker's value for a window, larger is better; nil when there is no data.
    private static func value(_ breaker: Scheme.TieBreaker, of result: ScoreResult.WindowResult) -> Double? {
        switch breaker {
        case .fewerDeductions: -result.deducted
        case .moreCasesHandled: result.casesHandled.map(Double.init)
        case .higherSatisfaction: result.satisfaction
        }
    }
}
