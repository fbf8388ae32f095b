import Catalog

/// `/guide/calendar`: the hall's working-day calendar — each year's holidays and adjusted
/// working days as published, the hall's own closures, and which years are only worked out
/// from the statutory holidays (provisional) until the year's notice is out.
struct GuideCalendarPage {
    struct Day {
        var date: String
        var label: String
    }

    struct Year {
        var year: Int
        var source: String
        var holidays: [Day]
        var workdays: [Day]
        var hasWorkdays: Bool
    }

    var name: String
    var today: String
    var covered: String
    /// This year and next when not in the calendar: due dates in them are provisional.
    var provisional: String?
    var years: [Year]
    var closures: [Day]
    var hasClosures: Bool
    var provisionalNote: String

    init(_ catalog: Catalog, calendar: WorkingCalendar, today: CivilDate) {
        let definition = catalog.calendars.first { $0.id == calendar.id }
        name = definition?.name ?? calendar.id
        self.today = today.description
        covered = calendar.coveredYears.map { "\($0)年" }.joined(separator: "、")
        let uncovered = [today.year, today.year + 1].filter { calendar.isProvisional($0) }
        provisional = uncovered.isEmpty ? nil : uncovered.map { "\($0)年" }.joined(separator: "、")
        years = (definition?.years ?? []).sorted { $0.year > $1.year }.map { year in
            let workdays = year.workdays.map { Day(date: $0.date, label: $0.label) }
            return Year(
                year: year.year, source: year.source,
                holidays: year.holidays.map { Day(date: $0.date, label: $0.label) },
                workdays: workdays, hasWorkdays: !workdays.isEmpty)
        }
        closures = (catalog.hall?.closures ?? []).map { Day(date: $0.date, label: $0.reason) }
        hasClosures = !closures.isEmpty
        provisionalNote = DueDate.provisionalNote
    }
}
