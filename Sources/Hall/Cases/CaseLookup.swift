import Catalog
import Store

/// The desk's look-up of cases: by case number, or every case of one student number.
public struct CaseLookup: Sendable {
    public let ledger: Ledger

    public init(ledger: Ledger) {
        self.ledger = ledger
    }

    /// The case numbered `id`, or an empty list when there is none.
    public func records(number id: Int64) async throws(LedgerError) -> [CaseRecord] {
        try await ledger.record(id).map { [$0] } ?? []
    }

    /// The student's cases, newest first.
    public func records(student number: String, limit: Int = 50) async throws(LedgerError) -> [CaseRecord] {
        try await ledger.cases(ofStudent: number, limit: limit)
    }

    /// The cases as shown, personal data as `mask` allows (the `cases list` contract).
    public func list(_ records: [CaseRecord], mask: PersonalDataMask) -> CaseList {
        CaseList(cases: records.map { CaseView($0, catalog: ledger.catalog, mask: mask) })
    }
}

extension HallServices {
    public var caseLookup: CaseLookup { CaseLookup(ledger: ledger) }
}
