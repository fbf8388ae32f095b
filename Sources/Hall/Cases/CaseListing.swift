import Catalog
import Store

/// Listing the ledger's cases, newest first, optionally of one window or one status.
public struct CaseListing: Sendable {
    public let ledger: Ledger

    public init(ledger: Ledger) {
        self.ledger = ledger
    }

    /// Which cases to list: the filters as a clerk gives them.
    public struct Filter: Sendable, Hashable {
        public var window: Int?
        public var status: CaseRecord.Status?
        public var limit: Int

        public init(window: Int? = nil, status: CaseRecord.Status? = nil, limit: Int = 50) {
            self.window = window
            self.status = status
            self.limit = limit
        }

        /// What was listed, for the disclosure record: the filters as they were given.
        public var subject: String {
            let filters =
                (window.map { ["--window \($0)"] } ?? []) + (status.map { ["--status \($0.rawValue)"] } ?? [])
                + ["--limit \(limit)"]
            return filters.joined(separator: " ")
        }
    }

    public func records(_ filter: Filter) throws(LedgerError) -> [CaseRecord] {
        try ledger.list(window: filter.window, status: filter.status, limit: filter.limit)
    }

    /// `records` for a server's request: the ledger is read on GRDB's async API.
    public func records(_ filter: Filter) async throws(LedgerError) -> [CaseRecord] {
        try await ledger.list(window: filter.window, status: filter.status, limit: filter.limit)
    }

    /// The cases as shown, personal data as `mask` allows.
    public func list(_ records: [CaseRecord], mask: PersonalDataMask) -> CaseList {
        CaseList(cases: records.map { CaseView($0, catalog: ledger.catalog, mask: mask) })
    }
}

/// Listed cases, as terminal lines and as the `cases list --format json` contract.
public struct CaseList: Encodable, Sendable {
    public var cases: [CaseView]

    public var json: String { JSONOutput.encode(self, snakeCase: true) }

    public var text: String { cases.isEmpty ? "没有办件\n" : cases.map(\.line).joined(separator: "\n") + "\n" }
}
