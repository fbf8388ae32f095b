/// When a case accepted at a given time is due under a time limit.
public struct DueDate: Hashable, Sendable {
    public var limit: TimeLimit
    /// When the applicant handed the case in.
    public var submitted: CivilDateTime
    /// The working day the case counts as accepted: the same day, or the next working day
    /// when handed in after closing time or on a rest day.
    public var acceptanceDay: CivilDate
    /// Working-day and on-the-spot limits end on a day; hour limits at a moment.
    public var dueDay: CivilDate
    public var dueMoment: CivilDateTime?
    /// Whether the computation went through a year whose arrangement is not yet published, so the
    /// date rests on the statutory holidays alone and may move once the notice is imported.
    public var provisional: Bool = false

    /// What a provisional due date says wherever it is shown.
    public static let provisionalNote = "暂按法定节假日推算，待公布调休安排后确认"

    /// `2026-10-09` or, for hour limits, `2026-10-09T10:30`.
    public var dueText: String { dueMoment?.description ?? dueDay.description }
}

/// Applies the hall's cut-off rule and the calendar to a time limit.
public struct DueDateCalculator: Sendable {
    public let calendar: WorkingCalendar
    /// Closing minute per weekday name (`monday`...); a missing day is closed.
    private let closing: [String: Int]

    public init(calendar: WorkingCalendar, hall: Hall?) {
        self.calendar = calendar
        var closing: [String: Int] = [:]
        for (day, text) in hall?.hours ?? [:] {
            if let span = ClockSpan(text) { closing[day] = span.end }
        }
        if let accepts = hall?.definition(of: .b)?.accepts, let span = ClockSpan(accepts) {
            for day in closing.keys { closing[day] = min(closing[day] ?? span.end, span.end) }
        }
        self.closing = closing
    }

    /// The day a submission counts as accepted: after closing time or on a rest day, the next working day.
    public func acceptanceDay(for submitted: CivilDateTime) throws(WorkingCalendar.UncoveredYear) -> CivilDate {
        let day = submitted.date
        let closes = closing[day.weekdayName] ?? 17 * 60 + 30
        if try calendar.isWorkingDay(day), submitted.minuteOfDay < closes { return day }
        return try calendar.workingDay(onOrAfter: day.adding(days: 1))
    }

    public func due(_ limit: TimeLimit, submitted: CivilDateTime) throws(WorkingCalendar.UncoveredYear) -> DueDate {
        var due = try unmarkedDue(limit, submitted: submitted)
        // Hour limits run on the wall clock: holidays never move them, so they are never provisional.
        if case .hours = limit { return due }
        due.provisional = calendar.isProvisional(from: submitted.date, through: due.dueDay)
        return due
    }

    private func unmarkedDue(_ limit: TimeLimit, submitted: CivilDateTime) throws(WorkingCalendar.UncoveredYear)
        -> DueDate
    {
        switch limit {
        case .hours(let hours):
            // Wall-clock: a repair reported at night is due 48 hours later, whatever the hall's hours.
            let moment = submitted.adding(hours: hours)
            _ = try calendar.isWorkingDay(moment.date)
            return DueDate(
                limit: limit, submitted: submitted, acceptanceDay: submitted.date, dueDay: moment.date,
                dueMoment: moment)
        case .onTheSpot:
            let day = try acceptanceDay(for: submitted)
            return DueDate(limit: limit, submitted: submitted, acceptanceDay: day, dueDay: day, dueMoment: nil)
        case .workingDays(let days):
            let day = try acceptanceDay(for: submitted)
            return DueDate(
                limit: limit, submitted: submitted, acceptanceDay: day,
                dueDay: try calendar.adding(workingDays: days, to: day), dueMoment: nil)
        }
    }
}
