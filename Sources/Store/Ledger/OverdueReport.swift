import Catalog
import GRDB

/// Everything past its deadline as of a day: cases in overdue working days (or hours), and
/// referrals, complaints and repairs. The assessment's "points per day overdue" reads this.
public struct OverdueReport: Sendable {
    public struct Item: Sendable {
        /// What is late: a case, or a follow-up (referral, complaint, repair).
        public enum Kind: String, Sendable, Codable, CaseIterable, Comparable {
            case ledgerCase = "case"
            case referral, complaint, repair
            /// A bad rating's 回访 and 整改 (issue 13).
            case ratingCallback = "rating-callback"
            case ratingRectification = "rating-rectification"

            /// The report's name for it: 办件, 首问转办, 投诉, 报修.
            public var chinese: String {
                switch self {
                case .ledgerCase: "办件"
                case .referral: "首问转办"
                case .complaint: "投诉"
                case .repair: "报修"
                case .ratingCallback: "差评回访"
                case .ratingRectification: "差评整改"
                }
            }

            /// By raw value, so the report's order is as it was when kinds were strings.
            public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
        }

        public var kind: Kind
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

    public var cases: [Item] { items.filter { $0.kind == .ledgerCase } }
}

extension Ledger {
    /// What was overdue as of the end of `asOf`. With `from`, only the overdue days (and hours)
    /// from that day on count, and what was late only before it is left out: a month's report
    /// holds that month's overdue days, as the assessment counts them. With `window`, only
    /// that window's cases and follow-ups.
    public func overdue(asOf: CivilDate, from: CivilDate? = nil, window: Int? = nil) throws(LedgerError)
        -> OverdueReport
    {
        try read(try overdueReading(asOf: asOf, from: from, window: window))
    }

    /// `overdue` without blocking the caller's thread on SQLite (for a server's requests).
    public func overdue(asOf: CivilDate, from: CivilDate? = nil, window: Int? = nil) async throws(LedgerError)
        -> OverdueReport
    {
        try await read(try overdueReading(asOf: asOf, from: from, window: window))
    }

    /// The report's checks, then the one read that both variants of `overdue` run.
    private func overdueReading(asOf: CivilDate, from: CivilDate?, window: Int?) throws(LedgerError)
        -> @Sendable (Database) throws -> OverdueReport
    {
        if let from, from > asOf { throw LedgerError("起始日期 \(from) 晚于截止日期 \(asOf)", code: .invalidDateRange) }
        if let window { _ = try self.window(window) }
        let calendar = calendar
        let rules = catalog.ratingRules
        let end = CivilDateTime(date: asOf.adding(days: 1), minuteOfDay: 0)
        let start = from.map { CivilDateTime(date: $0, minuteOfDay: 0) }
        return { db in
            var items: [OverdueReport.Item] = []
            var request = CaseRecord.filter(CaseRecord.Columns.status != CaseRecord.Status.refused)
            if let window { request = request.filter(CaseRecord.Columns.windowNumber == window) }
            let resumptions = try Self.resumptions(in: db)
            for record in try request.fetchAll(db) {
                // A paused case waits for the applicant; its clock stopped when it was paused, and
                // what ran late before a pause stays late after the resumption.
                let spans = Self.clockSpans(of: record, resumptions: resumptions[record.id ?? 0] ?? [])
                guard
                    let item = try Self.lateness(
                        kind: .ledgerCase, id: record.id ?? 0, window: record.windowNumber, subject: record.serviceId,
                        due: record.due, spans: spans, completed: record.completedAt, start: start, end: end,
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
                    due: record.due,
                    spans: [
                        ClockSpan(due: record.due, from: nil, until: record.closedAt.flatMap { CivilDateTime($0) })
                    ],
                    completed: record.closedAt, start: start, end: end, calendar: calendar)
                {
                    items.append(item)
                }
            }
            items += try Self.ratingFollowUpLateness(
                db, window: window, start: start, end: end, calendar: calendar, rules: rules)
            let sorted = items.sorted { ($0.window ?? 0, $0.kind, $0.id) < ($1.window ?? 0, $1.kind, $1.id) }
            return OverdueReport(from: from, asOf: asOf, window: window, items: sorted)
        }
    }

    /// How late something is at the end of the report's day, counting from `start` when given:
    /// the overdue days (or hours) of each span of its clock, up to when the span stopped.
    static func lateness(
        kind: OverdueReport.Item.Kind, id: Int64, window: Int?, subject: String, due: String, spans: [ClockSpan],
        completed: String?, start: CivilDateTime? = nil, end: CivilDateTime, calendar: WorkingCalendar
    ) throws -> OverdueReport.Item? {
        let item = OverdueReport.Item(
            kind: kind, id: id, window: window, subject: subject, due: due, completed: completed, overdueDays: [],
            overdueHours: nil, record: nil)
        if CivilDateTime(due) != nil, due.contains("T") {
            let hours = spans.reduce(0) { $0 + overdueHours(in: $1, start: start, end: end) }
            guard hours > 0 else { return nil }
            return with(item) { $0.overdueHours = hours }
        }
        var days: [CivilDate] = []
        for span in spans { days += try overdueDays(in: span, start: start, end: end, calendar: calendar) }
        guard !days.isEmpty else { return nil }
        return with(item) { $0.overdueDays = days }
    }

    /// Whole hours past the span's due moment while its clock ran, inside [start, end).
    private static func overdueHours(in span: ClockSpan, start: CivilDateTime?, end: CivilDateTime) -> Int {
        guard let due = CivilDateTime(span.due) else { return 0 }
        let until = span.until.map { min($0, end) } ?? end
        let begin = [due, span.from, start].compactMap { $0 }.max() ?? due
        return begin.hours(until: until)
    }

    /// The working days past the span's due day while its clock ran, from `start` to the
    /// report's day.
    private static func overdueDays(
        in span: ClockSpan, start: CivilDateTime?, end: CivilDateTime, calendar: WorkingCalendar
    ) throws -> [CivilDate] {
        guard let dueDay = CivilDate(span.due) else { return [] }
        let until = span.until.map { min($0, end) } ?? end
        // The day it was finished counts only if work went on that day: a completion at 00:00
        // of the report's next day means "not finished by the report's day".
        let lastDay = until == end ? end.date.adding(days: -1) : until.date
        let firstDay = [dueDay.adding(days: 1), span.from?.date.adding(days: 1), start?.date].compactMap { $0 }.max()
        var days: [CivilDate] = []
        var day = firstDay ?? dueDay.adding(days: 1)
        while day <= lastDay {
            if try calendar.isWorkingDay(day) { days.append(day) }
            day = day.adding(days: 1)
        }
        return days
    }

    /// The 回访 and 整改 of bad ratings, due in the hall's working days from the rating, met
    /// when recorded or ended by an upheld appeal.
    private static func ratingFollowUpLateness(
        _ db: Database, window: Int?, start: CivilDateTime?, end: CivilDateTime, calendar: WorkingCalendar,
        rules: Hall.Ratings
    ) throws -> [OverdueReport.Item] {
        var request = RatingRecord.filter(sql: "level IN ('dissatisfied', 'very_dissatisfied')")
        if let window { request = request.filter(RatingRecord.Columns.windowNumber == window) }
        let acts = try RatingFollowUpRecord.fetchAll(db)
        var items: [OverdueReport.Item] = []
        for rating in try request.fetchAll(db) {
            guard let id = rating.id, let day = CivilDate(rating.ratedOn) else { continue }
            let upheld = acts.first { $0.ratingId == id && $0.kind == .review && $0.decision == .upheld }
            let steps: [(OverdueReport.Item.Kind, RatingFollowUpRecord.Kind, Int)] = [
                (.ratingCallback, .callback, rules.callbackWorkingDays),
                (.ratingRectification, .rectification, rules.rectificationWorkingDays),
            ]
            for (kind, act, days) in steps {
                let due = try calendar.adding(workingDays: days, to: day).description
                // An upheld appeal (the rating found unfounded) ends what was still owed on its day.
                let done = (acts.first { $0.ratingId == id && $0.kind == act } ?? upheld)?.doneAt
                if let item = try lateness(
                    kind: kind, id: id, window: rating.windowNumber, subject: "\(rating.level.chinese)评价 #\(id)",
                    due: due, spans: [ClockSpan(due: due, from: nil, until: done.flatMap { CivilDateTime($0) })],
                    completed: done, start: start, end: end, calendar: calendar)
                {
                    items.append(item)
                }
            }
        }
        return items
    }

    private static func with(_ item: OverdueReport.Item, _ change: (inout OverdueReport.Item) -> Void)
        -> OverdueReport.Item
    {
        var item = item
        change(&item)
        return item
    }
}

/// A referral, complaint or repair: something with a deadline that is met when it is closed.
protocol FollowUpDeadline {
    var kind: OverdueReport.Item.Kind { get }
    var id: Int64? { get }
    var windowNumber: Int? { get }
    var subject: String { get }
    var due: String { get }
    var closedAt: String? { get }
}

extension ReferralRecord: FollowUpDeadline {
    var kind: OverdueReport.Item.Kind { .referral }
    var subject: String { question }
    var closedAt: String? { answeredAt }
}

extension ComplaintRecord: FollowUpDeadline {
    var kind: OverdueReport.Item.Kind { .complaint }
    var subject: String { about }
    var closedAt: String? { answeredAt }
}

extension RepairRecord: FollowUpDeadline {
    var kind: OverdueReport.Item.Kind { .repair }
    var subject: String { location }
    var closedAt: String? { doneAt }
}
