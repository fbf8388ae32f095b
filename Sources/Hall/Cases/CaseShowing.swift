import Catalog
import Store

/// One case with its steps and its trail (`cases show`), for the web app's case page as for the
/// command line: the figures are read first, then shown as the caller's mask allows.
public struct CaseShowing: Sendable {
    public let ledger: Ledger

    public init(ledger: Ledger) {
        self.ledger = ledger
    }

    public func detail(_ id: Int64) throws(LedgerError) -> Ledger.CaseDetail {
        try ledger.show(id)
    }

    /// `detail` for a server's request, off Swift's cooperative pool.
    public func detail(_ id: Int64) async throws(LedgerError) -> Ledger.CaseDetail {
        let ledger = ledger
        return try await Offload.run { () throws(LedgerError) in try ledger.show(id) }
    }

    /// The case, its steps and trail as shown, personal data as `mask` allows.
    public func view(_ detail: Ledger.CaseDetail, mask: PersonalDataMask) -> CaseDetailView {
        CaseDetailView(detail, catalog: ledger.catalog, mask: mask)
    }
}
