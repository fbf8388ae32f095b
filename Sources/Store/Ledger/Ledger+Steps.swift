import Catalog
import GRDB

extension Ledger {
    /// Records that `by` did a step of the case's procedure. A step the catalog keeps apart from
    /// earlier ones (000: the clerk who verifies may not produce the card) is refused to anyone
    /// who did those.
    public func performStep(_ id: Int64, step stepID: String, at: CivilDateTime, by: String) throws(LedgerError)
        -> CaseStepRecord
    {
        let catalog = catalog
        let ledger = self
        try checkNotInFuture(at)
        let by = try staffActor(by)
        return try write { db in
            guard let record = try CaseRecord.fetchOne(db, key: id) else {
                throw LedgerError("没有编号为 \(id) 的办件", code: .caseNotFound)
            }
            try Self.checkNotBefore(at, lastOf: record, noun: "办件", in: db)
            guard record.status == .open else {
                throw LedgerError("办件 \(id) 当前为\(record.status.chinese)，不能登记办理环节", code: .invalidTransition)
            }
            let service = catalog.service(record.serviceId)
            guard let step = service?.steps.first(where: { $0.id == stepID }) else {
                let ids = service?.steps.map(\.id) ?? []
                throw LedgerError(
                    "事项没有环节“\(stepID)”\(Suggestion.chineseHint(for: stepID, among: ids))；环节：\(ids.joined(separator: ", "))",
                    code: .unknownStep, details: ErrorDetails(candidates: ids))
            }
            let done = try CaseStepRecord.filter(CaseStepRecord.Columns.caseId == id).fetchAll(db)
            if let earlier = done.first(where: { $0.stepId == stepID }) {
                throw LedgerError(
                    "环节“\(step.name)”已由 \(ledger.staffLabel(earlier.performedBy)) 于 \(earlier.performedAt) 登记",
                    code: .stepAlreadyDone)
            }
            for other in step.separateFrom {
                if let conflict = done.first(where: { $0.stepId == other.id && $0.performedBy == by }) {
                    let name = service?.steps.first { $0.id == conflict.stepId }?.name ?? conflict.stepId
                    throw LedgerError(
                        "职责分离：\(ledger.staffLabel(by)) 已办理“\(name)”，不得同时办理“\(step.name)”；请由其他工作人员办理",
                        code: .separationOfDuties)
                }
            }
            let entry = CaseStepRecord(caseId: id, stepId: stepID, performedBy: by, performedAt: at.description)
            try entry.insert(db)
            try AuditTrail.append(
                db, entity: "case", id: id, action: "step: \(stepID)", actor: by, at: at.description,
                before: CaseStepRecord?.none, after: entry)
            return entry
        }
    }
}
