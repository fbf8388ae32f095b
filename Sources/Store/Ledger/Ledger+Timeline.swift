import Catalog
import GRDB

/// No time travel: an operation is dated no later than the hall's clock (plus the allowed
/// skew), a new record within the calendar's years, and a change to a record no earlier than
/// the last time recorded for it, so that the trail reads in the order things happened.
extension Ledger {
    /// Refuses a moment after the hall's clock (plus `HallClock.allowedSkewMinutes`).
    func checkNotInFuture(_ at: CivilDateTime) throws(LedgerError) {
        let latest = clock.latestAllowed()
        guard at <= latest else {
            throw LedgerError(
                "操作时间 \(at) 晚于当前时间 \(clock.now())（允许误差 \(HallClock.allowedSkewMinutes) 分钟）；台账不预先登记将来的操作，请写实际发生的时间，或检查本机时钟",
                code: .timeInFuture)
        }
    }

    /// Refuses a new record dated in the future or in a year the calendar cannot reason about.
    func checkNewRecordTime(_ at: CivilDateTime) throws(LedgerError) {
        try checkNotInFuture(at)
        do {
            _ = try calendar.isWorkingDay(at.date)
        } catch {
            throw LedgerError("时间 \(at) 超出日历可推算的年份：\(error.description)", code: .timeOutsideCalendar)
        }
    }

    /// Refuses a change dated before the last time recorded for the record.
    static func checkNotBefore<Record: IdentifiedRecord>(
        _ at: CivilDateTime, lastOf record: Record, noun: String, in db: Database
    ) throws {
        guard let last = try record.lastRecordedTime(in: db), at < last else { return }
        throw LedgerError(
            "操作时间 \(at) 早于\(noun) \(record.id ?? 0) 最近一次登记的时间 \(last)；台账按发生的先后记录，请写不早于 \(last) 的实际时间",
            code: .timeBeforeLastRecorded)
    }
}

extension IdentifiedRecord {
    /// The latest of the given stored times (text that is not a time is ignored).
    static func latest(_ times: [String?]) -> CivilDateTime? {
        times.compactMap { $0.flatMap(CivilDateTime.init) }.max()
    }
}

extension CaseRecord {
    /// Its own columns, each step and every audited operation on it; recomputations of the due
    /// date are left out, as they are dated when the calendar was imported, not when anything
    /// happened to the case.
    func lastRecordedTime(in db: Database) throws -> CivilDateTime? {
        let audited = try String.fetchAll(
            db,
            sql: "SELECT at FROM audit WHERE entity = 'case' AND entity_id = ? AND action NOT LIKE 'recompute-due%'",
            arguments: [id])
        let steps = try String.fetchAll(
            db, sql: "SELECT performed_at FROM case_step WHERE case_id = ?", arguments: [id])
        return Self.latest([submittedAt, pausedAt, completedAt, refusedAt] + audited + steps)
    }
}

extension ReferralRecord {
    func lastRecordedTime(in db: Database) throws -> CivilDateTime? { Self.latest([askedAt, answeredAt]) }
}

extension ComplaintRecord {
    func lastRecordedTime(in db: Database) throws -> CivilDateTime? { Self.latest([receivedAt, answeredAt]) }
}

extension RepairRecord {
    func lastRecordedTime(in db: Database) throws -> CivilDateTime? { Self.latest([reportedAt, doneAt]) }
}
