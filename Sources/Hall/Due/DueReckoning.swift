import Catalog

/// Reckoning a due date by the hall's working-day calendar, and how late a completion was.
public struct DueReckoning: Sendable {
    public let calendar: WorkingCalendar

    public init(calendar: WorkingCalendar) {
        self.calendar = calendar
    }

    /// The calendar the hall uses, or nil when the catalog has none.
    public init?(catalog: Catalog) {
        guard let calendar = WorkingCalendar(for: catalog) else { return nil }
        self.init(calendar: calendar)
    }

    /// The due date `workingDays` after `accepted` (the day of acceptance not counted), and,
    /// with `completed`, the working days after the due date up to it.
    public func reckon(accepted: CivilDate, workingDays: Int, completed: CivilDate? = nil)
        throws(WorkingCalendar.UncoveredYear) -> DueAnswer
    {
        let due = try calendar.adding(workingDays: workingDays, to: accepted)
        let overdue = try completed.map { (day) throws(WorkingCalendar.UncoveredYear) in
            try calendar.workingDays(after: due, through: day)
        }
        let provisional = calendar.isProvisional(from: accepted, through: max(due, completed ?? due))
        return DueAnswer(due: due, overdueWorkingDays: overdue, provisional: provisional)
    }
}

/// A reckoned due date, as text for the counter and as the `due --format json` contract.
public struct DueAnswer: Sendable, Hashable {
    public var due: CivilDate
    public var overdueWorkingDays: Int?
    /// The reckoning crosses a year whose arrangement is not yet published.
    public var provisional: Bool

    public var text: String {
        var text = due.description + (provisional ? "（\(DueDate.provisionalNote)）" : "") + "\n"
        if let overdueWorkingDays { text += "逾期 \(overdueWorkingDays) 个工作日\n" }
        return text
    }

    public var json: String {
        struct Body: Encodable {
            var due: String
            var overdue_working_days: Int?
            var provisional: Bool
            var provisional_note: String?
        }
        let note = provisional ? DueDate.provisionalNote : nil
        return JSONOutput.encode(
            Body(
                due: due.description, overdue_working_days: overdueWorkingDays, provisional: provisional,
                provisional_note: note))
    }
}
