import Catalog
import Foundation
import GRDB

extension Ledger {
    /// A due date that was provisional, worked out again on the calendar as it is now.
    public struct DueRecomputation: Sendable, Equatable {
        public enum Subject: String, Sendable {
            case ledgerCase = "case", referral, complaint

            public var chinese: String {
                switch self {
                case .ledgerCase: "办件"
                case .referral: "首问转办"
                case .complaint: "投诉"
                }
            }
        }

        public var subject: Subject
        public var id: Int64
        /// The acceptance day, for cases (the cut-off rule can move it).
        public var acceptedBefore: String?
        public var acceptedAfter: String?
        public var dueBefore: String
        public var dueAfter: String
        /// Still resting on a year not yet imported (the due date reaches further).
        public var stillProvisional: Bool
    }

    /// Recomputes every case, referral and complaint whose due date was provisional, now that the
    /// calendar holds more years. A case's acceptance day and due date come from the submission,
    /// then each recorded pause and resumption is replayed from the audit trail. Each changed
    /// record gets an audit entry; all in one transaction.
    public func recomputeProvisionalDues(at: CivilDateTime, by: String) throws(LedgerError) -> [DueRecomputation] {
        let ledger = self
        let by = try staffActor(by)
        let action = "recompute-due: 节假日安排已导入"
        return try write { db in
            var results: [DueRecomputation] = []
            for before in try CaseRecord.filter(CaseRecord.Columns.dueProvisional == true)
                .order(CaseRecord.Columns.id).fetchAll(db)
            {
                guard let id = before.id else { continue }
                let after = try ledger.recomputed(before, history: try AuditTrail.history(db, entity: "case", id: id))
                guard after != before else { continue }
                try AuditTrail.append(
                    db, entity: "case", id: id, action: action, actor: by, at: at.description, before: before,
                    after: after)
                try after.update(db)
                results.append(
                    DueRecomputation(
                        subject: .ledgerCase, id: id, acceptedBefore: before.acceptedOn,
                        acceptedAfter: after.acceptedOn,
                        dueBefore: before.due, dueAfter: after.due, stillProvisional: after.dueProvisional))
            }
            results += try ledger.recomputeFollowUps(
                ReferralRecord.self, subject: .referral, db: db, action: action, by: by, at: at)
            results += try ledger.recomputeFollowUps(
                ComplaintRecord.self, subject: .complaint, db: db, action: action, by: by, at: at)
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

    /// Referrals and complaints run their limit from when they came in; no pauses to replay.
    private func recomputeFollowUps<Record: ProvisionalFollowUp>(
        _ type: Record.Type, subject: DueRecomputation.Subject, db: Database, action: String, by: String,
        at: CivilDateTime
    ) throws -> [DueRecomputation] {
        var results: [DueRecomputation] = []
        for before in try Record.filter(Column("due_provisional") == true).order(Column("id")).fetchAll(db) {
            guard let id = before.id, let start = CivilDateTime(before.startedAt) else { continue }
            var after = before
            let due = try calculator.due(Record.commitment(commitments), submitted: start)
            (after.due, after.dueProvisional) = (due.dueText, due.provisional)
            guard after != before else { continue }
            try AuditTrail.append(
                db, entity: subject.rawValue, id: id, action: action, actor: by, at: at.description, before: before,
                after: after)
            try after.update(db)
            results.append(
                DueRecomputation(
                    subject: subject, id: id, dueBefore: before.due, dueAfter: after.due,
                    stillProvisional: after.dueProvisional))
        }
        return results
    }
}

/// The hall's fixed limits for follow-ups, as `Ledger.commitments` gives them.
typealias FollowUpCommitments = (referral: TimeLimit, complaint: TimeLimit, repair: TimeLimit)

/// A follow-up record whose due date may rest on a provisional calendar year.
protocol ProvisionalFollowUp: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    var id: Int64? { get }
    var due: String { get set }
    var dueProvisional: Bool { get set }
    /// When its time limit started: asked (referral) or received (complaint).
    var startedAt: String { get }
    static func commitment(_ commitments: FollowUpCommitments) -> TimeLimit
}

extension ReferralRecord: ProvisionalFollowUp {
    var startedAt: String { askedAt }
    static func commitment(_ commitments: FollowUpCommitments) -> TimeLimit { commitments.referral }
}

extension ComplaintRecord: ProvisionalFollowUp {
    var startedAt: String { receivedAt }
    static func commitment(_ commitments: FollowUpCommitments) -> TimeLimit { commitments.complaint }
}
