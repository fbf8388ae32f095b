import Catalog
import Testing

/// Due dates against the shipped national calendar around the long holidays.
@Suite struct WorkingCalendarTests {
    static let definition = ShippedCatalogTests.result.catalog.calendars.first { $0.id == "cn-national" }

    static let calendar = WorkingCalendar(
        definition ?? CalendarDefinition(id: "missing", name: "", years: [], location: .start(of: "")))

    func due(_ accepted: String, _ days: Int) throws -> String {
        try Self.calendar.adding(workingDays: days, to: #require(CivilDate(accepted))).description
    }

    @Test(arguments: [
        // Spring Festival 2026: Sat 02-14 is an adjusted working day, 02-15..23 off.
        ("2026-02-13", 5, "2026-02-27"), ("2026-02-12", 3, "2026-02-24"), ("2026-02-14", 1, "2026-02-24"),
        // Spring Festival 2025: Sun 01-26 and Sat 02-08 are working days.
        ("2025-01-24", 2, "2025-01-27"), ("2025-01-27", 1, "2025-02-05"), ("2025-02-07", 1, "2025-02-08"),
        // Labour Day 2026: 05-01..05 off, Sat 05-09 worked.
        ("2026-04-30", 5, "2026-05-11"), ("2026-04-30", 4, "2026-05-09"),
        // Mid-autumn and National Day 2026: Sun 09-20 and Sat 10-10 worked.
        ("2026-09-18", 1, "2026-09-20"), ("2026-09-24", 3, "2026-09-30"), ("2026-09-30", 2, "2026-10-09"),
        ("2026-09-30", 3, "2026-10-10"),
        // 2024: 除夕 02-09 is a working day.
        ("2024-02-08", 1, "2024-02-09"),
    ])
    func dueDatesFollowTheNationalCalendar(_ accepted: String, _ days: Int, _ expected: String) throws {
        #expect(try due(accepted, days) == expected)
    }

    @Test func acceptanceDayNeverCounts() throws {
        #expect(try due("2026-11-23", 1) == "2026-11-24")
        #expect(try due("2026-11-23", 0) == "2026-11-23")
    }

    @Test func yearOutsideWhatTheLawCanComputeIsAnErrorNotAGuess() throws {
        // Before 2025 the 2024 revision of the law did not apply; after 2099 the computation stops.
        #expect(throws: WorkingCalendar.UncoveredYear(year: 2023, covered: [2024, 2025, 2026])) {
            try due("2023-12-29", 1)
        }
        #expect(throws: WorkingCalendar.UncoveredYear.self) { try due("2099-12-30", 5) }
        #expect(throws: Never.self) { try due("2099-12-01", 5) }
    }

    @Test func overdueWorkingDaysSkipTheHoliday() throws {
        let due = try #require(CivilDate("2026-09-30"))
        #expect(try Self.calendar.workingDays(after: due, through: #require(CivilDate("2026-10-09"))) == 2)
        #expect(try Self.calendar.workingDays(after: due, through: due) == 0)
        #expect(try Self.calendar.workingDays(after: due, through: #require(CivilDate("2026-09-29"))) == 0)
    }

    @Test func hallClosuresAreRestDays() throws {
        let definition = try #require(ShippedCatalogTests.result.catalog.calendars.first)
        let closed = WorkingCalendar(definition, closures: [try #require(CivilDate("2026-11-24"))])
        #expect(try closed.adding(workingDays: 1, to: #require(CivilDate("2026-11-23"))).description == "2026-11-25")
    }

    @Test func cutOffMovesLateAndWeekendSubmissionsToTheNextWorkingDay() throws {
        let calculator = DueDateCalculator(calendar: Self.calendar, hall: ShippedCatalogTests.result.catalog.hall)
        func day(_ text: String) throws -> String {
            try calculator.acceptanceDay(for: #require(CivilDateTime(text))).description
        }
        #expect(try day("2026-11-23T17:29") == "2026-11-23")
        #expect(try day("2026-11-23T17:30") == "2026-11-24")
        #expect(try day("2026-11-28T10:00") == "2026-11-30")
        #expect(try day("2026-09-30T18:00") == "2026-10-08")
        let repair = try calculator.due(TimeLimit.hours(48), submitted: #require(CivilDateTime("2026-09-30T22:15")))
        #expect(repair.dueText == "2026-10-02T22:15")
    }

    @Test func dayArithmeticRoundTrips() throws {
        for number in stride(from: -719_000, through: 2_900_000, by: 997) {
            let date = CivilDate(dayNumber: number)
            #expect(date.dayNumber == number)
            #expect(CivilDate(date.description) == date)
        }
        #expect(CivilDate("2026-11-23")?.weekday == 1)
        #expect(CivilDate("2024-02-29") != nil && CivilDate("2026-02-29") == nil)
    }
}
