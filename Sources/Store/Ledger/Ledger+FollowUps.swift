import Catalog
import GRDB

/// First-question referrals, complaints and repairs, with the hall's commitments as deadlines.
extension Ledger {
    var commitments: (referral: TimeLimit, complaint: TimeLimit, repair: TimeLimit) {
        let promises = catalog.hall?.commitments
        return (
            promises?.firstQuestionFeedback ?? .workingDays(1), promises?.complaintAnswer ?? .workingDays(3),
            promises?.repairResponse ?? .hours(48)
        )
    }

    /// Records a matter outside the asker's remit and where it was sent; feedback is due in one working day.
    public func addReferral(
        question: String, student: String?, window: Int?, sentTo: String, at: CivilDateTime, by: String
    ) throws(LedgerError) -> ReferralRecord {
        try checkNewRecordTime(at)
        let by = try staffActor(by)
        guard !question.trimmingSpaces.isEmpty, !sentTo.trimmingSpaces.isEmpty else {
            throw LedgerError("请写明学生所问的事项和转往的部门", code: .missingText)
        }
        try checkOptionalStudentNumber(student)
        if let window { _ = try self.window(window) }
        let due = try due(commitments.referral, submitted: at)
        let record = ReferralRecord(
            id: nil, question: question, studentNumber: student, windowNumber: window, takenBy: by, sentTo: sentTo,
            askedAt: at.description, due: due.dueText, dueProvisional: due.provisional, answeredAt: nil, answer: nil)
        return try insert(record, entity: "referral", at: at, by: by)
    }

    public func answerReferral(_ id: Int64, answer: String, at: CivilDateTime, by: String) throws(LedgerError)
        -> ReferralRecord
    {
        try update(ReferralRecord.self, entity: "referral", noun: "首问转办", id: id, action: "close", at: at, by: by) {
            record in
            guard record.answeredAt == nil else {
                throw LedgerError("转办 \(id) 已于 \(record.answeredAt ?? "") 反馈", code: .invalidTransition)
            }
            record.answeredAt = at.description
            record.answer = answer
        }
    }

    /// Records a complaint; the answer to the student is due in three working days.
    public func addComplaint(
        about: String, text: String, student: String?, window: Int?, at: CivilDateTime, by: String
    ) throws(LedgerError) -> ComplaintRecord {
        try checkNewRecordTime(at)
        let by = try staffActor(by)
        guard !text.trimmingSpaces.isEmpty else { throw LedgerError("请写明投诉内容", code: .missingText) }
        try checkOptionalStudentNumber(student)
        if let window { _ = try self.window(window) }
        let due = try due(commitments.complaint, submitted: at)
        let record = ComplaintRecord(
            id: nil, studentNumber: student, about: about, windowNumber: window, text: text, receivedBy: by,
            receivedAt: at.description, due: due.dueText, dueProvisional: due.provisional, answeredAt: nil,
            answer: nil)
        return try insert(record, entity: "complaint", at: at, by: by)
    }

    public func answerComplaint(_ id: Int64, answer: String, at: CivilDateTime, by: String) throws(LedgerError)
        -> ComplaintRecord
    {
        try update(ComplaintRecord.self, entity: "complaint", noun: "投诉", id: id, action: "close", at: at, by: by) {
            record in
            guard record.answeredAt == nil else {
                throw LedgerError("投诉 \(id) 已于 \(record.answeredAt ?? "") 答复", code: .invalidTransition)
            }
            record.answeredAt = at.description
            record.answer = answer
        }
    }

    /// Records a repair request; it is due 48 hours later, wall-clock, day or night.
    public func addRepair(
        location: String, description: String, student: String?, at: CivilDateTime, by: String
    ) throws(LedgerError) -> RepairRecord {
        try checkNewRecordTime(at)
        let by = try staffActor(by)
        guard !location.trimmingSpaces.isEmpty else { throw LedgerError("请写明报修地点", code: .missingText) }
        try checkOptionalStudentNumber(student)
        let due = try due(commitments.repair, submitted: at)
        let window = repairService.flatMap { catalog.window(offering: $0.id) }?.number
        let record = RepairRecord(
            id: nil, studentNumber: student, location: location, description: description, windowNumber: window,
            reportedBy: by, reportedAt: at.description, due: due.dueText, doneAt: nil, doneBy: nil)
        return try insert(record, entity: "repair", at: at, by: by)
    }

    /// The hall's facility repair service: the only repair-kind service, or the one named 报修.
    var repairService: Service? {
        let repairs = catalog.services.filter { $0.kind == "repair" }
        return repairs.count == 1 ? repairs.first : repairs.first { $0.name.contains("报修") }
    }

    public func finishRepair(_ id: Int64, at: CivilDateTime, by: String) throws(LedgerError) -> RepairRecord {
        let by = try staffActor(by)
        return try update(RepairRecord.self, entity: "repair", noun: "报修", id: id, action: "close", at: at, by: by) {
            record in
            guard record.doneAt == nil else {
                throw LedgerError("报修 \(id) 已于 \(record.doneAt ?? "") 修复", code: .invalidTransition)
            }
            record.doneAt = at.description
            record.doneBy = by
        }
    }

    private func insert<Record: IdentifiedRecord>(
        _ record: Record, entity: String, at: CivilDateTime, by: String
    ) throws(LedgerError) -> Record {
        let by = try staffActor(by)
        return try write { db in
            var record = record
            try record.insert(db)
            try AuditTrail.append(
                db, entity: entity, id: record.id ?? 0, action: "add", actor: by, at: at.description,
                before: Record?.none,
                after: record)
            return record
        }
    }

    public func referrals() throws(LedgerError) -> [ReferralRecord] {
        try read { db in try ReferralRecord.order(Column("id")).fetchAll(db) }
    }

    public func complaints() throws(LedgerError) -> [ComplaintRecord] {
        try read { db in try ComplaintRecord.order(Column("id")).fetchAll(db) }
    }

    public func repairs() throws(LedgerError) -> [RepairRecord] {
        try read { db in try RepairRecord.order(Column("id")).fetchAll(db) }
    }
}

/// A ledger row with an integer id, assigned when inserted.
protocol IdentifiedRecord: MutablePersistableRecord, FetchableRecord, Codable, Sendable {
    var id: Int64? { get }
    /// The latest moment recorded for it; no later change may be dated before it.
    func lastRecordedTime(in db: Database) throws -> CivilDateTime?
}

extension CaseRecord: IdentifiedRecord {}
extension ReferralRecord: IdentifiedRecord {}
extension ComplaintRecord: IdentifiedRecord {}
extension RepairRecord: IdentifiedRecord {}
