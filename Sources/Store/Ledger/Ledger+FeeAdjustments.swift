import Catalog
import GRDB

/// Fee adjustments (费用减免): the catalog's `adjustment_approval` levels decide who may approve
/// them. The levels rise; the total waived of a fee on a case (this adjustment and the earlier
/// ones, so splitting an amount does not lower the level) needs the first level it is below, and
/// that level's role or a later one approves it.
extension Ledger {
    public func adjustFee(_ request: FeeAdjustmentRequest) throws(LedgerError) -> FeeAdjustmentRecord {
        try checkNewRecordTime(request.at)
        let by = try staffActor(request.by)
        let role = request.role ?? catalog.hall?.staffMember(by)?.role ?? ""
        let reason = request.reason.trimmingSpaces
        guard !reason.isEmpty else {
            throw LedgerError("费用减免须写明原因（记入审计），例如“家庭经济困难，经学院认定”", code: .invalidFeeAdjustment)
        }
        guard let amount = FeeAmount.fen(request.amount), amount > 0 else {
            throw LedgerError(
                "减免金额\(QuotedText.quoted(request.amount, limit: 20))无效；请写大于 0 的元数，最多两位小数，如 15 或 7.5",
                code: .invalidFeeAdjustment)
        }
        let catalog = catalog
        let ledger = self
        return try write { db in
            guard let record = try CaseRecord.fetchOne(db, key: request.caseId) else {
                throw LedgerError("没有编号为 \(request.caseId) 的办件", code: .caseNotFound)
            }
            try Self.checkNotBefore(request.at, lastOf: record, noun: "办件", in: db)
            guard record.status != .refused else {
                throw LedgerError("办件 \(request.caseId) 不予受理，不收取费用，无需减免", code: .invalidFeeAdjustment)
            }
            let service = catalog.service(record.serviceId)
            let fees = service?.fees ?? []
            guard let fee = fees.first(where: { $0.name == request.fee.trimmingSpaces }) else {
                let names = fees.map(\.name)
                let list = names.isEmpty ? "该事项不收费" : "该事项的费用：\(names.joined(separator: "、"))"
                throw LedgerError(
                    "事项没有费用“\(request.fee)”\(Suggestion.chineseHint(for: request.fee, among: names))；\(list)",
                    code: .unknownFee, details: ErrorDetails(candidates: names))
            }
            let catalogFen = FeeAmount.fen(yuan: fee.amount)
            let earlier =
                try Int.fetchOne(
                    db, sql: "SELECT coalesce(sum(amount_fen), 0) FROM fee_adjustment WHERE case_id = ? AND fee = ?",
                    arguments: [request.caseId, fee.name]) ?? 0
            let total = earlier + amount
            guard total <= catalogFen else {
                let already = earlier > 0 ? "（已减免 \(FeeAmount.yuan(earlier)) 元）" : ""
                throw LedgerError(
                    "减免合计 \(FeeAmount.yuan(total)) 元超过\(fee.name) \(FeeAmount.yuan(catalogFen)) 元\(already)",
                    code: .invalidFeeAdjustment)
            }
            try ledger.checkApproval(of: total, for: fee, role: role, by: by)
            var adjustment = FeeAdjustmentRecord(
                caseId: request.caseId, fee: fee.name, catalogFen: catalogFen, amountFen: amount, reason: reason,
                approvedBy: by, approverRole: role, approvedAt: request.at.description)
            try adjustment.insert(db)
            try AuditTrail.append(
                db, entity: "case", id: request.caseId, action: "adjust-fee: \(fee.name) \(FeeAmount.yuan(amount))",
                actor: by, at: request.at.description, before: FeeAdjustmentRecord?.none, after: adjustment)
            return adjustment
        }
    }

    /// The adjustments of a case, oldest first.
    public func feeAdjustments(of caseId: Int64) throws(LedgerError) -> [FeeAdjustmentRecord] {
        try read { db in
            try FeeAdjustmentRecord.filter(FeeAdjustmentRecord.Columns.caseId == caseId).order(Column("id"))
                .fetchAll(db)
        }
    }

    /// Refuses an approver whose role does not reach the level `totalFen` needs.
    func checkApproval(of totalFen: Int, for fee: Service.Fee, role: String, by: String) throws(LedgerError) {
        let levels = fee.approval
        let needed = levels.firstIndex { level in level.below.map { totalFen < FeeAmount.fen(yuan: $0) } ?? true }
        guard let needed else {
            throw LedgerError(
                "目录没有规定谁可审批\(fee.name)减免 \(FeeAmount.yuan(totalFen)) 元（adjustment_approval）；请先在目录中写明审批层级",
                code: .feeAdjustmentNotApprovable)
        }
        guard !levels[needed...].contains(where: { $0.role.id == role }) else { return }
        let lower = levels.first { $0.role.id == role }?.below.map {
            "；\(roleName(role))可审批低于 \(FeeAmount.yuan(FeeAmount.fen(yuan: $0))) 元的减免"
        }
        throw LedgerError(
            "\(fee.name)减免合计 \(FeeAmount.yuan(totalFen)) 元须由\(roleName(levels[needed].role.id))审批，\(staffLabel(by))（\(roleName(role))）无权审批\(lower ?? "")",
            code: .feeAdjustmentNotApprovable)
    }

    /// A `hall.roles` id as staff say it (`副主任`).
    func roleName(_ id: String) -> String {
        catalog.hall?.roles.first { $0.id == id }?.name ?? (id.isEmpty ? "未指定岗位" : id)
    }
}
