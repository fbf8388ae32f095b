import Assessment
import Catalog
import Foundation
import Store

/// Patrols (巡查): recording a round with its findings (each an assessment event of the active
/// scheme, so the score counts it), a window's answer (落实反馈), and the lists.
public struct PatrolDesk: Sendable {
    public let ledger: Ledger
    public let schemes: [Scheme]

    public init(ledger: Ledger, schemes: [Scheme]) {
        self.ledger = ledger
        self.schemes = schemes
    }

    /// The scheme the hall usually ranks its windows by, whose items findings name: the Wulong
    /// monthly scheme when loaded, else the first window scheme, else the first (as /assessment).
    public static func activeScheme(_ schemes: [Scheme]) -> Scheme? {
        schemes.first { $0.id == "wulong-monthly" } ?? schemes.first { $0.subject == .window } ?? schemes.first
    }

    /// The scheme named (id or Chinese name), else the active one.
    public func scheme(_ query: String? = nil) throws(LedgerError) -> Scheme {
        if let query = query?.trimmingCharacters(in: .whitespaces), !query.isEmpty {
            let names = SchemeNames(schemes)
            do throws(ResolutionError) {
                return try names.scheme(query)
            } catch {
                throw LedgerError(error)
            }
        }
        guard let scheme = Self.activeScheme(schemes) else {
            throw LedgerError("没有可用的考核方案；请在 rules/assessment/ 中提供", code: .unknownScheme)
        }
        return scheme
    }

    public func record(_ request: PatrolRequest, scheme query: String? = nil) throws(LedgerError) -> PatrolRound {
        try ledger.recordPatrol(request, scheme: try scheme(query))
    }

    public func answer(finding id: Int64, answer: String, at: CivilDateTime, by actor: String) throws(LedgerError)
        -> PatrolFinding
    {
        try ledger.answerPatrolFinding(id, answer: answer, at: at, by: actor)
    }

    public func rounds(in period: Period? = nil, window: Int? = nil) throws(LedgerError) -> [PatrolRound] {
        try ledger.patrols(in: period, window: window)
    }

    public func unanswered(window: Int? = nil) throws(LedgerError) -> [PatrolRound] {
        try ledger.unansweredPatrolFindings(window: window)
    }

    /// The rounds as shown: notes and answers as `mask` allows, items by their Chinese names.
    public func list(_ rounds: [PatrolRound], mask: PersonalDataMask) -> PatrolList {
        PatrolList(rounds: rounds, mask: mask, schemes: schemes, catalog: ledger.catalog)
    }

    // Async variants for a server's request, off Swift's cooperative pool.

    public func record(_ request: PatrolRequest, scheme query: String? = nil) async throws(LedgerError)
        -> PatrolRound
    {
        let desk = self
        return try await Offload.run { () throws(LedgerError) in try desk.record(request, scheme: query) }
    }

    public func answer(finding id: Int64, answer: String, at: CivilDateTime, by actor: String)
        async throws(LedgerError) -> PatrolFinding
    {
        let desk = self
        return try await Offload.run { () throws(LedgerError) in
            try desk.answer(finding: id, answer: answer, at: at, by: actor)
        }
    }

    public func rounds(in period: Period? = nil, window: Int? = nil) async throws(LedgerError) -> [PatrolRound] {
        let desk = self
        return try await Offload.run { () throws(LedgerError) in try desk.rounds(in: period, window: window) }
    }

    public func unanswered(window: Int? = nil) async throws(LedgerError) -> [PatrolRound] {
        let desk = self
        return try await Offload.run { () throws(LedgerError) in try desk.unanswered(window: window) }
    }
}
