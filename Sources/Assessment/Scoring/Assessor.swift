import Catalog

/// Scores a scheme over any period: its own period directly, a longer one as a roll-up of its
/// periods. Person schemes count demerits instead.
public struct Assessor: Sendable {
    public struct Failure: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    public let scorer: WindowScorer
    /// Published results of the scheme's own periods: roll-ups and "in a row" outcomes use
    /// these instead of computing the period again.
    public let published: [Period: ScoreResult]

    public init(scorer: WindowScorer, published: [Period: ScoreResult] = [:]) {
        self.scorer = scorer
        self.published = published
    }

    public var scheme: Scheme { scorer.scheme }

    public func score(_ period: Period) throws(Failure) -> ScoreResult {
        let own = scheme.ownPeriodKind
        if period.kind == own { return scorer.score(period, history: history(before: period)) }
        guard let rollup = scheme.rollups.first(where: { $0.period == period.kind }),
            own == .month || period.kind == .year
        else {
            let rollups = scheme.rollups.map(\.period.chinese)
            let kinds = ([own.chinese] + rollups).joined(separator: "、")
            throw Failure(description: "方案“\(scheme.id)”按\(kinds)考核，不能计算“\(period.text)”")
        }
        let parts = scheme.parts(of: period)
        var result = Rollup.combine(
            parts.map { published[$0] ?? scorer.score($0, history: history(before: $0)) }, rollup: rollup,
            scheme: scheme, period: period)
        let open = parts.filter { published[$0] == nil }.map(\.text)
        result.notes =
            [
                open.isEmpty
                    ? "各期均按已发布的结果汇总"
                    : open.count == parts.count
                        ? "各期均未发布，按现有记录计算，发布前仍可能变化"
                        : "已发布的期按发布结果汇总；\(open.joined(separator: "、")) 未发布，按现有记录计算，发布前仍可能变化"
            ] + (result.notes ?? [])
        return result
    }

    /// Earlier periods, newest first, as far back as the longest "N in a row" outcome needs.
    private func history(before period: Period) -> [Period: ScoreResult] {
        var result: [Period: ScoreResult] = [:]
        var earlier = period
        for _ in 0..<scheme.lookBack {
            earlier = earlier.previous
            result[earlier] = published[earlier] ?? scorer.score(earlier)
        }
        return result
    }
}

/// A longer period from the scheme's periods: sum or average of each window's scores, ranked anew.
enum Rollup {
    static func combine(_ parts: [ScoreResult], rollup: Scheme.Rollup, scheme: Scheme, period: Period) -> ScoreResult {
        guard let first = parts.first else {
            return ScoreResult(
                scheme: scheme.id, schemeName: scheme.name, period: period.text, windows: [], outcomeNames: [:])
        }
        var windows = first.windows.map { template -> ScoreResult.WindowResult in
            let scores = parts.map { part in part.windows.first { $0.window == template.window }?.score ?? scheme.base }
            let total = scores.reduce(0, +)
            let all = parts.flatMap { part in part.windows.filter { $0.window == template.window } }
            return ScoreResult.WindowResult(
                window: template.window, score: rollup.method == .average ? total / Double(scores.count) : total,
                base: scheme.base * (rollup.method == .average ? 1 : Double(scores.count)),
                bonus: all.reduce(0) { $0 + $1.bonus }, bonusLevel: nil,
                categories: mergedCategories(all), deductions: all.flatMap(\.deductions), rank: 0,
                casesHandled: all.contains { $0.casesHandled == nil }
                    ? nil : all.reduce(0) { $0 + ($1.casesHandled ?? 0) },
                grade: nil,
                outcomes: [], redFlag: false, rectify: false,
                periods: Dictionary(uniqueKeysWithValues: zip(parts.map(\.period), scores)))
        }
        let tieNotes = Ranking.rank(&windows, breakers: scheme.tieBreakers)
        let outcomeNotes = Awarding.apply(rollup.outcomes, to: &windows, history: [:])
        return ScoreResult(
            scheme: scheme.id, schemeName: scheme.name, period: period.text, windows: windows,
            outcomeNames: Dictionary(uniqueKeysWithValues: rollup.outcomes.map { ($0.id, $0.name) }),
            notes: tieNotes + outcomeNotes)
    }

    private static func mergedCategories(_ results: [ScoreResult.WindowResult]) -> [ScoreResult.CategoryLine] {
        guard let first = results.first else { return [] }
        return first.categories.map { category in
            let lines = results.compactMap { result in result.categories.first { $0.id == category.id } }
            return .init(
                id: category.id, name: category.name, cap: category.cap, deducted: lines.reduce(0) { $0 + $1.deducted },
                uncapped: lines.reduce(0) { $0 + $1.uncapped })
        }
    }
}
