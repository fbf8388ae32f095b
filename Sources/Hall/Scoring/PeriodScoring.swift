import Assessment
import Catalog
import Foundation
import Store

/// Scoring a scheme's period, publishing it once it has ended, and a director's correction of
/// a published period. Publishing and correcting are shown first (`preview`) and done only
/// when confirmed (`commit`): what is published never changes afterwards.
public struct PeriodScoring: Sendable {
    public let desk: ScoreDesk

    public init(ledger: Ledger, rules: SchemeLoader.Result, catalogFingerprint: String) {
        desk = ScoreDesk(ledger: ledger, rules: rules, catalogFingerprint: catalogFingerprint)
    }

    /// What is asked of a period.
    public enum Action: Sendable, Hashable {
        /// The period as published, or computed now when it is not.
        case score
        /// Freeze the period's result (only after its last day).
        case publish
        /// Put a recomputed result in force over the published one, which is kept.
        case correct(reason: String)
    }

    public struct Request: Sendable, Hashable {
        public var scheme: String
        public var period: Period
        public var action: Action
        /// Whether a plain score lists the events behind each deduction (JSON does; text, CSV
        /// and HTML do not). What is published always has them.
        public var traces: Bool

        public init(scheme: String, period: Period, action: Action = .score, traces: Bool = true) {
            self.scheme = scheme
            self.period = period
            self.action = action
            self.traces = traces
        }
    }

    /// The result as it stands (`.score`), or what publishing or correcting at `at` would put in force.
    public func preview(_ request: Request, at: CivilDateTime) throws(LedgerError) -> ScoreDesk.Scored {
        switch request.action {
        case .score: return try desk.score(scheme: request.scheme, period: request.period, traces: request.traces)
        case .publish: return try desk.preparePublication(scheme: request.scheme, period: request.period, at: at)
        case .correct(let reason):
            _ = try PublishedScores.correctionReason(reason)
            return try desk.prepareCorrection(scheme: request.scheme, period: request.period)
        }
    }

    /// Publishes or corrects as `request` says, at `at` by a member of staff; a plain score
    /// changes nothing and is returned as it stands.
    public func commit(_ request: Request, at: CivilDateTime, by: String) throws(LedgerError) -> Outcome {
        let scored: ScoreDesk.Scored
        switch request.action {
        case .score: scored = try desk.score(scheme: request.scheme, period: request.period, traces: request.traces)
        case .publish: scored = try desk.publish(scheme: request.scheme, period: request.period, at: at, by: by)
        case .correct(let reason):
            _ = try PublishedScores.correctionReason(reason)
            scored = try desk.correct(scheme: request.scheme, period: request.period, at: at, by: by, reason: reason)
        }
        return Outcome(request: request, scored: scored, at: at, by: by)
    }

    /// `preview` for a server's request, off the calling task's thread.
    public func preview(_ request: Request, at: CivilDateTime) async throws(LedgerError) -> ScoreDesk.Scored {
        try await Offload.run { () throws(LedgerError) in try self.preview(request, at: at) }
    }

    /// `commit` for a server's request, off the calling task's thread.
    public func commit(_ request: Request, at: CivilDateTime, by: String) async throws(LedgerError) -> Outcome {
        try await Offload.run { () throws(LedgerError) in try self.commit(request, at: at, by: by) }
    }

    /// What was done, with the result now in force.
    public struct Outcome: Sendable {
        public var request: Request
        public var scored: ScoreDesk.Scored
        public var at: CivilDateTime
        public var by: String

        /// One sentence for whoever did it; nil for a plain score.
        public var announcement: String? {
            let period = "\(request.scheme) \(request.period)"
            switch request.action {
            case .score: return nil
            case .publish: return "已发布 \(period)（\(at)，\(by)），此后结果不再改变"
            case .correct(let reason): return "已更正 \(period)（\(at)，\(by)：\(reason)），原发布结果仍保留"
            }
        }
    }
}
