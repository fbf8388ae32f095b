import Catalog
import Store

/// Fee adjustments (费用减免) of a case, for the CLI (`cases adjust-fee`) and the case page: the
/// ledger checks the catalog's approval levels and records who approved it, in which role, why.
public struct FeeAdjusting: Sendable {
    public let ledger: Ledger

    public init(ledger: Ledger) {
        self.ledger = ledger
    }

    public func adjust(_ request: FeeAdjustmentRequest) throws(LedgerError) -> FeeAdjustmentRecord {
        try ledger.adjustFee(request)
    }

    /// `adjust` for a server's request, off Swift's cooperative pool.
    public func adjust(_ request: FeeAdjustmentRequest) async throws(LedgerError) -> FeeAdjustmentRecord {
        let ledger = ledger
        return try await Offload.run { () throws(LedgerError) in try ledger.adjustFee(request) }
    }

    public func adjustments(of caseId: Int64) throws(LedgerError) -> [FeeAdjustmentRecord] {
        try ledger.feeAdjustments(of: caseId)
    }

    public func adjustments(of caseId: Int64) async throws(LedgerError) -> [FeeAdjustmentRecord] {
        let ledger = ledger
        return try await Offload.run { () throws(LedgerError) in try ledger.feeAdjustments(of: caseId) }
    }

    /// An adjustment as shown, its reason masked as `mask` says (a reason may name the student).
    public func view(_ record: FeeAdjustmentRecord, mask: PersonalDataMask) -> FeeAdjustmentView {
        FeeAdjustmentView(record, catalog: ledger.catalog, mask: mask)
    }
}

/// An adjustment as the CLI prints it and the case page lists it (`--format json`).
public struct FeeAdjustmentView: Encodable, Sendable {
    public var id: Int64
    public var caseId: Int64
    public var fee: String
    /// Yuan, as the catalog stated the fee and as waived (`15`, `7.50`).
    public var catalogAmount: String
    public var amount: String
    public var reason: String
    public var approvedBy: String
    public var approvedByName: String?
    public var approverRole: String
    public var approvedAt: String

    public init(_ record: FeeAdjustmentRecord, catalog: Catalog, mask: PersonalDataMask) {
        id = record.id ?? 0
        caseId = record.caseId
        fee = record.fee
        catalogAmount = FeeAmount.yuan(record.catalogFen)
        amount = FeeAmount.yuan(record.amountFen)
        reason = mask.text(record.reason)
        approvedBy = record.approvedBy
        approvedByName = catalog.hall?.staffMember(record.approvedBy)?.name
        approverRole = catalog.hall?.roles.first { $0.id == record.approverRole }?.name ?? record.approverRole
        approvedAt = record.approvedAt
    }

    public var text: String {
        "办件 #\(caseId) \(fee)减免 \(amount) 元（目录 \(catalogAmount) 元），由 \(approvedByName ?? approvedBy)（\(approverRole)）于 \(approvedAt) 批准：\(reason)\n"
    }

    public var json: String { JSONOutput.encode(self, snakeCase: true) }
}
