import Catalog
import Store

/// The overdue report: cases, referrals, complaints and repairs past their limits, by window,
/// each with its overdue days. The figures are read first; the document is masked for whoever
/// asked (whose disclosure is recorded only once there is something to show).
public struct OverdueReporting: Sendable {
    public let ledger: Ledger

    public init(ledger: Ledger) {
        self.ledger = ledger
    }

    public func report(_ span: OverdueSpan, window: Int? = nil) throws(LedgerError) -> OverdueReport {
        try ledger.overdue(asOf: span.through, from: span.from, window: window)
    }

    /// `report` for a server's request: the ledger is read on GRDB's async API.
    public func report(_ span: OverdueSpan, window: Int? = nil) async throws(LedgerError) -> OverdueReport {
        try await ledger.overdue(asOf: span.through, from: span.from, window: window)
    }

    /// The report as text, JSON or CSV, personal data shown as `mask` allows.
    public func document(_ report: OverdueReport, mask: PersonalDataMask) -> OverdueDocument {
        OverdueDocument(report: report, catalog: ledger.catalog, mask: mask)
    }
}
