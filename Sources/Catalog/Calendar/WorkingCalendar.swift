/// Working days of the hall: the national arrangement plus the hall's own closures.
///
/// A date is a working day when it is an adjusted working day (调休), or Monday-Friday and
/// neither a holiday nor a hall closure. A year the calendar does not cover (its notice is not
/// yet published) is provisional: weekends and the statutory holidays only, and every answer
/// that rests on it says so (`isProvisional`). Outside the years the law's computation reaches
/// (`StatutoryHolidays.years`) an uncovered year is an error, never a guess.
public struct WorkingCalendar: Sendable {
    public struct UncoveredYear: CodedError, Equatable, CustomStringConvertible {
        public var year: Int
        public var covered: [Int]

        public init(year: Int, covered: [Int]) {
            self.year = year
            self.covered = covered
        }

        public var description: String {
            let years = covered.map(String.init).joined(separator: "、")
            let law = StatutoryHolidays.years
            return "日历未包含\(year)年的节假日安排（已收录：\(years)年），且该年不在可按法定节假日推算的"
                + "\(law.lowerBound)-\(law.upperBound)年内，无法计算工作日；请用 onestop calendar import 导入该年的国务院通知"
        }

        public var message: String { description }
        public var errorCode: ErrorCode { .calendarMissingYear }
        public var details: ErrorDetails { ErrorDetails(candidates: covered.map(String.init)) }
    }

    public let id: String
    private let years: Set<Int>
    private let holidays: Set<CivilDate>
    private let workdays: Set<CivilDate>
    private let closures: Set<CivilDate>
    private let names: [CivilDate: String]
    private let provisional = ProvisionalYears()

    public init(_ definition: CalendarDefinition, closures: [CivilDate] = []) {
        id = definition.id
        years = Set(definition.years.map(\.year))
        holidays = Set(definition.years.flatMap(\.holidays).compactMap { CivilDate($0.date) })
        workdays = Set(definition.years.flatMap(\.workdays).compactMap { CivilDate($0.date) })
        self.closures = Set(closures)
        var names: [CivilDate: String] = [:]
        for year in definition.years {
            for entry in year.holidays + year.workdays { CivilDate(entry.date).map { names[$0] = entry.label } }
        }
        self.names = names
    }

    /// The calendar the hall names, with the hall's closures.
    public init?(for catalog: Catalog) {
        guard let hall = catalog.hall, let definition = catalog.calendars.first(where: { $0.id == hall.calendar.id })
        else { return nil }
        self.init(definition, closures: hall.closures.compactMap { CivilDate($0.date) })
    }

    public var coveredYears: [Int] { years.sorted() }

    /// Whether `year` is worked out from the law alone, its arrangement not yet in the calendar.
    public func isProvisional(_ year: Int) -> Bool { !years.contains(year) }

    /// Whether any day from `start` through `end` lies in a provisional year.
    public func isProvisional(from start: CivilDate, through end: CivilDate) -> Bool {
        (min(start.year, end.year)...max(start.year, end.year)).contains { isProvisional($0) }
    }

    public func isWorkingDay(_ date: CivilDate) throws(UncoveredYear) -> Bool {
        guard years.contains(date.year) else {
            guard let statutory = provisional.holidays(in: date.year) else {
                throw UncoveredYear(year: date.year, covered: coveredYears)
            }
            return !closures.contains(date) && !date.isWeekend && statutory[date] == nil
        }
        if closures.contains(date) { return false }
        if workdays.contains(date) { return true }
        return !date.isWeekend && !holidays.contains(date)
    }

    /// The holiday's name or the adjusted working day's reason, if the date has one; in a
    /// provisional year, the statutory holiday's name.
    public func label(of date: CivilDate) -> String? {
        years.contains(date.year) ? names[date] : provisional.holidays(in: date.year)?[date]
    }

    /// The N-th working day after `date`; the day itself never counts.
    public func adding(workingDays count: Int, to date: CivilDate) throws(UncoveredYear) -> CivilDate {
        var current = date
        var remaining = count
        while remaining > 0 {
            current = current.adding(days: 1)
            if try isWorkingDay(current) { remaining -= 1 }
        }
        return current
    }

    /// Working days in `(start, end]`: how many working days `end` lies after `start` (0 if not after).
    public func workingDays(after start: CivilDate, through end: CivilDate) throws(UncoveredYear) -> Int {
        guard start < end else { return 0 }
        var count = 0
        var current = start
        while current < end {
            current = current.adding(days: 1)
            if try isWorkingDay(current) { count += 1 }
        }
        return count
    }

    /// The first working day on or after `date`.
    public func workingDay(onOrAfter date: CivilDate) throws(UncoveredYear) -> CivilDate {
        var current = date
        while !(try isWorkingDay(current)) { current = current.adding(days: 1) }
        return current
    }
}
