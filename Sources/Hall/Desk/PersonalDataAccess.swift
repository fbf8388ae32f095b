import Catalog
import Store

/// Who is asking decides the mask: a view shows personal data masked, unless the one asking
/// gives a reason, in which case the ledger records who was shown what and why (a refusal,
/// such as someone not on the staff list or an empty reason, shows nothing) before it is shown.
public struct PersonalDataAccess: Sendable {
    public let ledger: Ledger

    public init(ledger: Ledger) {
        self.ledger = ledger
    }

    /// One request to see a view: what is shown, who asks and, to see it in full, why.
    public struct Request: Sendable, Hashable {
        public var view: Disclosure.View
        /// What was asked for, when not one record (`--status open`, `2026-10`).
        public var subject: String?
        /// The record shown, for a view of one record.
        public var record: Int64?
        public var actor: String
        /// Why personal data must be shown in full; `nil` shows it masked.
        public var unmaskReason: String?

        public init(
            view: Disclosure.View, subject: String? = nil, record: Int64? = nil, actor: String,
            unmaskReason: String? = nil
        ) {
            self.view = view
            self.subject = subject
            self.record = record
            self.actor = actor
            self.unmaskReason = unmaskReason
        }
    }

    /// The mask for `request`; a disclosure is recorded at the hall's now before it is returned.
    public func mask(_ request: Request) throws(LedgerError) -> PersonalDataMask {
        guard let reason = request.unmaskReason else {
            return try ledger.personalDataMask(knownNames: request.view.hasFreeText)
        }
        let disclosure = Disclosure(
            view: request.view, subject: request.subject, record: request.record, reason: reason)
        return try ledger.disclose(disclosure, by: request.actor, at: ledger.clock.now())
    }

    /// `mask` for a server's request, off Swift's cooperative pool.
    public func mask(_ request: Request) async throws(LedgerError) -> PersonalDataMask {
        let access = self
        return try await Offload.run { () throws(LedgerError) in try access.mask(request) }
    }
}
