import Catalog
import Store

/// The window's desk: accepting a case and moving it on (pause, resume, complete, refuse,
/// transfer, a step of its procedure), each recorded in the ledger with who did it and when.
public struct CaseDesk: Sendable {
    public let ledger: Ledger

    public init(ledger: Ledger) {
        self.ledger = ledger
    }

    /// What can happen to an accepted case, as a clerk chooses it.
    public enum Transition: Sendable, Hashable {
        /// Waiting for the applicant to bring or mend something (said in `reason`).
        case pause(reason: String?)
        case resume
        case complete
        /// Refused for one of the catalog's refusal reasons (its code).
        case refuse(reason: String)
        case transfer(window: Int)
    }

    public func accept(_ request: AcceptRequest) throws(LedgerError) -> Acceptance {
        try ledger.acceptance(request)
    }

    public func apply(_ transition: Transition, to id: Int64, at: CivilDateTime, by actor: String)
        throws(LedgerError) -> CaseRecord
    {
        switch transition {
        case .pause(let reason): try ledger.pause(id, at: at, by: actor, reason: reason)
        case .resume: try ledger.resume(id, at: at, by: actor)
        case .complete: try ledger.complete(id, at: at, by: actor)
        case .refuse(let code): try ledger.refuse(id, code: code, at: at, by: actor)
        case .transfer(let window): try ledger.transfer(id, to: window, at: at, by: actor)
        }
    }

    public func step(_ step: String, of id: Int64, at: CivilDateTime, by actor: String) throws(LedgerError)
        -> CaseStepRecord
    {
        try ledger.performStep(id, step: step, at: at, by: actor)
    }

    /// `accept` for a server's request, off Swift's cooperative pool.
    public func accept(_ request: AcceptRequest) async throws(LedgerError) -> Acceptance {
        let desk = self
        return try await Offload.run { () throws(LedgerError) in try desk.accept(request) }
    }

    /// `apply` for a server's request, off Swift's cooperative pool.
    public func apply(_ transition: Transition, to id: Int64, at: CivilDateTime, by actor: String)
        async
        throws(LedgerError) -> CaseRecord
    {
        let desk = self
        return try await Offload.run { () throws(LedgerError) in try desk.apply(transition, to: id, at: at, by: actor) }
    }

    /// `step` for a server's request, off Swift's cooperative pool.
    public func step(_ step: String, of id: Int64, at: CivilDateTime, by actor: String) async throws(LedgerError)
        -> CaseStepRecord
    {
        let desk = self
        return try await Offload.run { () throws(LedgerError) in try desk.step(step, of: id, at: at, by: actor) }
    }

    /// The case as it is after an acceptance, personal data as `mask` allows.
    public func accepted(_ acceptance: Acceptance, mask: PersonalDataMask) -> CaseChange {
        CaseChange(acceptance.record, change: .accepted, catalog: ledger.catalog, mask: mask)
    }

    /// The case as it is after `transition`, personal data as `mask` allows.
    public func changed(_ record: CaseRecord, by transition: Transition, mask: PersonalDataMask) -> CaseChange {
        CaseChange(record, change: .transition(transition), catalog: ledger.catalog, mask: mask)
    }
}
