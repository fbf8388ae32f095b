import Catalog
import GRDB

/// Everything past its deadline as of a day: cases in overdue working days (or hours), and
/// referrals, complaints and repairs. The assessment's "points per day overdue" reads this.
public struct OverdueReport: Sendable {
    public struct Item: Sendable {
        public var kind: String
        public var id: Int64
        public var window: Int?
        public var subject: String
        public var due: String
        public var completed: String?
        /// For working-day limits: each overdue working day, so it can be counted in its month.
        public var overdueDays: [CivilDate]
        public var overdueHours: Int?
        public var record: CaseRecord?

        public var overdueWorkingDays: Int? { overdueHours == nil ? overdueDays.count : nil }
    }

    /// The first day counted (a period's first day), or nil for everything up to `asOf`.
    public var from: CivilDate?
    public var asOf: CivilDate
    /// The one window reported, or nil for all.
    public var window: Int?
    public var items: [Item]

    public var cases: [Item] { items.filter { $0.kind == "case" } }
}

extension Ledger {
    /// What was overdue as of the end of `asOf`. With `from`, only the overdue days (and hours)
    /// from that day on count, and what was late only before it is left out: a month's report
    /// holds that month's overdue days, as the assessment counts them. With `window`, only
    /// that window's cases and follow-ups.
    public func overdue(asOf: CivilDate, from: CivilDate? = nil, window: Int? = nil) throws(LedgerError)
        -> OverdueReport
    {
        if let from, from > asOf { throw LedgerError("起始日期 \(from) 晚于截止日期 \(asOf)") }
        if let window { _ = try self.window(window) }
        let calendar = calendar
        let end = CivilDateTime(date: asOf.adding(days: 1), minuteOfDay: 0)
        let start = from.map { CivilDateTime(date: $0, minuteOfDay: 0) }
        return try read { db in
            var items: [OverdueReport.Item] = []
            var request = CaseRecord.filter(CaseRecord.Columns.status != "refused")
            if let window { request = request.filter(CaseRecord.Columns.windowNumber == window) }
            for record in try request.fetchAll(db) {
                // A paused case waits for the applicant; its clock stopped when it was paused.
                let stop = [record.completedAt, record.pausedAt].compactMap { $0.flatMap(CivilDateTime.init) }.first
                guard
                    let item = try Self.lateness(
                        kind: "case", id: record.id ?? 0, window: record.windowNumber, subject: record.serviceId,
                        due: record.due, finished: stop, completed: record.completedAt, start: start, end: end,
                        calendar: calendar)
                else { continue }
                var withRecord = item
                withRecord.record = record
                items.append(withRecord)
            }
            let followUps: [any FollowUpDeadline] =
                try ReferralRecord.fetchAll(db) + ComplaintRecord.fetchAll(db) + RepairRecord.fetchAll(db)
            for record in followUps where window == nil || record.windowNumber == window {
                if let item = try Self.lateness(
                    kind: record.kind, id: record.id ?? 0, window: record.windowNumber, subject: record.subject,
                    due: record.due, finished: record.closedAt.flatMap(CivilDateTime.init), completed: record.closedAt,
                    start: start, end: end, calendar: calendar)
                {
                    items.append(item)
                }
            }
            let sorted = items.sorted { ($0.window ?? 0, $0.kind, $0.id) < ($1.window ?? 0, $1.kind, $1.id) }
            return OverdueReport(from: from, asOf: asOf, window: window, items: sorted)
        }
    }

    /// How late something is at the end of the report's day (or when it was finished, if sooner),
    /// counting from `start` when given.
    static func lateness(
        kind: String, id: Int64, window: Int?, subject: String, due: String, finished: CivilDateTime?,
        completed: String?, start: CivilDateTime? = nil, end: CivilDateTime, calendar: WorkingCalendar
    ) throws -> OverdueReport.Item? {
        let until = finished.map { min($0, end) } ?? end
        if let moment = CivilDateTime(due), due.contains("T") {
            let hours = max(moment, start ?? moment).hours(until: until)
            guard hours > 0 else { return nil }
            return .init(
                kind: kind, id: id, window: window, subject: subject, due: due, completed: completed, overdueDays: [],
                overdueHours: hours, record: nil)
        }
        guard let dueDay = CivilDate(due) else { return nil }
        // The day it was finished counts only if work went on that day: a completion at 00:00
        // of the report's next day means "not finished by the report's day".
        let lastDay = until == end ? end.date.adding(days: -1) : until.date
        var days: [CivilDate] = []
        var day = max(dueDay.adding(days: 1), start?.date ?? dueDay)
        while day <= lastDay {
            if try calendar.isWorkingDay(day) { days.append(day) }
            day = day.adding(days: 1)
        }
        guard !days.isEmpty else { return nil }
        return .init(
            kind: kind, id: id, window: window, subject: subject, due: due, completed: completed, overdueDays: days,
            overdueHours: nil, record: nil)
    }
}

/// A referral, complaint or repair: something with a deadline that is met when it is closed.
protocol FollowUpDeadline {
    var kind: String { get }
    var id: Int64? { get }
    var windowNumber: Int? { get }
    var subject: String { get }
    var due: String { get }
    var closedAt: String? { get }
}

extension ReferralRecord: FollowUpDeadline {
    var kind: String { "referral" }
    var subject: String { question }
    var closedAt: String? { answeredAt }
}

extension ComplaintRecord: FollowUpDeadline {
    var kind: String { "complaint" }
    var subject: String { about }
    var closedAt: String? { answeredAt }
}

extension RepairRecord: FollowUpDeadline {
    var kind: String { "repair" }
    var subject: String { location }
    var closedAt: String? { doneAt }
}
