import Catalog
import Foundation
import GRDB

extension Ledger {
    /// A case whose provisional due date was worked out again on the calendar as it is now.
    public struct DueRecomputation: Sendable, Equatable {
        public var caseId: Int64
        public var acceptedBefore: String
        public var acceptedAfter: String
        public var dueBefore: String
        public var dueAfter: String
        /// Still resting on a year not yet imported (the due date reaches further).
        public var stillProvisional: Bool
    }

    /// Recomputes every case accepted on a provisional due date, now that the calendar holds more
    /// years: the acceptance day and due date from the submission, then each recorded pause and
    /// resumption replayed from the audit trail. Each changed case gets an audit entry; all in
    /// one transaction.
    public func recomputeProvisionalDues(at: CivilDateTime, by: String) throws(LedgerError) -> [DueRecomputation] {
        let ledger = self
        return try write { db in
            let cases = try CaseRecord.filter(CaseRecord.Columns.dueProvisional == true).order(CaseRecord.Columns.id)
                .fetchAll(db)
            var results: [DueRecomputation] = []
            for before in cases {
                guard let id = before.id else { continue }
                let history = try AuditTrail.history(db, entity: "case", id: id)
                let after = try ledger.recomputed(before, history: history)
                guard after != before else { continue }
                try after.update(db)
                try AuditTrail.append(
                    db, entity: "case", id: id, action: "recompute-due: 节假日安排已导入", actor: by,
                    at: at.description, before: before, after: after)
                results.append(
                    DueRecomputation(
                        caseId: id, acceptedBefore: before.acceptedOn, acceptedAfter: after.acceptedOn,
                        dueBefore: before.due, dueAfter: after.due, stillProvisional: after.dueProvisional))
            }
            return results
        }
    }

    /// The case as if accepted, paused and resumed on today's calendar.
    private func recomputed(_ record: CaseRecord, history: [AuditRecord]) throws -> CaseRecord {
        guard let limit = TimeLimit(kind: record.limitKind, value: record.limitValue),
            let submitted = CivilDateTime(record.submittedAt)
        else { return record }
        var result = record
        let due = try calculator.due(limit, submitted: submitted)
        result.acceptedOn = due.acceptanceDay.description
        result.due = due.dueText
        result.dueProvisional = due.provisional
        for entry in history where entry.action == "resume" {
            guard let pausedAt = Self.pausedAt(in: entry.before), let resumedAt = CivilDateTime(entry.at) else {
                continue
            }
            result.due = try resumedDue(result, pausedAt: pausedAt, resumedAt: resumedAt)
            result.dueProvisional = result.dueProvisional || isProvisional(due: result.due, from: pausedAt.date)
        }
        return result
    }

    /// `paused_at` of a case as the audit trail recorded it before a resumption.
    private static func pausedAt(in json: String?) -> CivilDateTime? {
        guard let data = json?.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let text = object["paused_at"] as? String
        else { return nil }
        return CivilDateTime(text)
    }
}
