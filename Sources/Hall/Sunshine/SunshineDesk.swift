import Assessment
import Catalog
import Foundation
import Store

/// 阳光窗口: a student's vote, the director's entry of the teachers' and hall's opinions, and the
/// period's standing (as published with the person scheme, or computed now).
public struct SunshineDesk: Sendable {
    public let ledger: Ledger
    public let rules: SchemeLoader.Result
    public let catalogFingerprint: String

    public init(ledger: Ledger, rules: SchemeLoader.Result, catalogFingerprint: String) {
        self.ledger = ledger
        self.rules = rules
        self.catalogFingerprint = catalogFingerprint
    }

    /// The scheme that declares `sunshine` (hut-demerits as shipped).
    public func scheme() throws(LedgerError) -> Scheme {
        guard let scheme = rules.schemes.first(where: { $0.sunshine != nil }) else {
            throw LedgerError("没有考核方案规定阳光窗口评比（sunshine）；请在 rules/assessment/ 中声明", code: .sunshineNotOpen)
        }
        return scheme
    }

    /// The period a vote cast now goes to.
    public func currentPeriod() throws(LedgerError) -> Period {
        Ledger.sunshinePeriod(of: try scheme(), containing: ledger.clock.now().date)
    }

    public func vote(
        period: Period? = nil, window: String, studentNumber: String, at: CivilDateTime,
        channel: RatingRecord.Channel
    ) throws(LedgerError) -> SunshineVoteRecord {
        try ledger.castSunshineVote(
            scheme: try scheme(), period: period, window: window, studentNumber: studentNumber, at: at,
            channel: channel)
    }

    public func opinion(
        period: Period, window: String, source: SunshineSource, score: Double, note: String?, at: CivilDateTime,
        by: String
    ) throws(LedgerError) -> SunshineOpinionRecord {
        try ledger.enterSunshineOpinion(
            scheme: try scheme(), period: period, window: window, source: source, score: score, note: note, at: at,
            by: by)
    }

    /// The standing as published with the scheme's period, else computed from today's records.
    public func standing(period: Period) throws(LedgerError) -> Standing {
        let scheme = try scheme()
        let desk = ScoreDesk(ledger: ledger, rules: rules, catalogFingerprint: catalogFingerprint)
        let scored = try desk.score(scheme: scheme.id, period: period)
        guard case .people(let result) = scored.result, let standing = result.sunshine else {
            guard scored.publication == nil else {
                return Standing(standing: nil, published: scored.publishedLabel, scheme: scheme.id)
            }
            throw LedgerError(
                "\(scheme.id) 的阳光窗口按\(scheme.period == .month ? "月（YYYY-MM）" : "学期")评比，\(period) 不是这样的期间",
                code: .sunshineNotOpen)
        }
        return Standing(standing: standing, published: scored.publishedLabel, scheme: scheme.id)
    }

    /// A period's standing with whether it is the published one.
    public struct Standing: Sendable {
        /// Nil for a period published before the standing existed.
        public var standing: SunshineStanding?
        public var published: String?
        public var scheme: String

        public var text: String {
            guard let standing else { return "（\(scheme) 该期发布时尚无阳光窗口评比）\n" }
            return (published.map { "已发布：\($0)\n" } ?? "尚未发布（按现有记录计算）\n") + standing.text()
        }

        public var json: String { standing.map { JSONOutput.encode($0, snakeCase: true) } ?? "null\n" }
    }

    // Async variants for a server's request, off Swift's cooperative pool.

    public func vote(
        period: Period? = nil, window: String, studentNumber: String, at: CivilDateTime,
        channel: RatingRecord.Channel
    ) async throws(LedgerError) -> SunshineVoteRecord {
        let desk = self
        return try await Offload.run { () throws(LedgerError) in
            try desk.vote(period: period, window: window, studentNumber: studentNumber, at: at, channel: channel)
        }
    }

    public func opinion(
        period: Period, window: String, source: SunshineSource, score: Double, note: String?, at: CivilDateTime,
        by: String
    ) async throws(LedgerError) -> SunshineOpinionRecord {
        let desk = self
        return try await Offload.run { () throws(LedgerError) in
            try desk.opinion(
                period: period, window: window, source: source, score: score, note: note, at: at, by: by)
        }
    }

    public func standing(period: Period) async throws(LedgerError) -> Standing {
        let desk = self
        return try await Offload.run { () throws(LedgerError) in try desk.standing(period: period) }
    }
}
