import Catalog
import Testing

/// A year without a published arrangement is computed from the law and marked provisional.
@Suite struct ProvisionalCalendarTests {
    static let calendar = WorkingCalendarTests.calendar

    func date(_ text: String) throws -> CivilDate { try #require(CivilDate(text)) }

    /// Foundation's Chinese calendar on this platform, against the published arrangements.
    @Test(arguments: [
        (2017, "2017-01-27", "2017-05-30", "2017-10-04"), (2024, "2024-02-09", "2024-06-10", "2024-09-17"),
        (2025, "2025-01-28", "2025-05-31", "2025-10-06"), (2026, "2026-02-16", "2026-06-19", "2026-09-25"),
        (2027, "2027-02-05", "2027-06-09", "2027-09-15"), (2028, "2028-01-25", "2028-05-28", "2028-10-03"),
    ])
    func lunarFestivalsMatchThePublishedDays(_ year: Int, _ eve: String, _ dragonBoat: String, _ midAutumn: String)
        throws
    {
        #expect(try ChineseLunarDates.newYearsEve(in: year) == date(eve))
        #expect(try ChineseLunarDates.dragonBoat(in: year) == date(dragonBoat))
        #expect(try ChineseLunarDates.midAutumn(in: year) == date(midAutumn))
    }

    @Test func qingmingFollowsTheSolarTerm() throws {
        let known = [
            2017: 4, 2018: 5, 2019: 5, 2020: 4, 2021: 4, 2022: 5, 2023: 5, 2024: 4, 2025: 4, 2026: 5, 2027: 5, 2028: 4,
            2029: 4, 2030: 5,
        ]
        for (year, day) in known {
            #expect(try SolarTerms.qingming(in: year) == #require(CivilDate(year: year, month: 4, day: day)), "\(year)")
        }
    }

    @Test func yearsOutsideTheComputationAreRefused() {
        #expect(throws: ChineseLunarDates.OutOfRange(year: 1900)) { try ChineseLunarDates.midAutumn(in: 1900) }
        #expect(throws: ChineseLunarDates.OutOfRange(year: 2100)) { try SolarTerms.qingming(in: 2100) }
        #expect(throws: ChineseLunarDates.OutOfRange(year: 2024)) { try StatutoryHolidays.days(in: 2024) }
    }

    @Test func statutoryHolidaysOf2027() throws {
        let days = try StatutoryHolidays.days(in: 2027)
        let expected = [
            "2027-01-01": "元旦", "2027-02-05": "春节", "2027-02-06": "春节", "2027-02-07": "春节", "2027-02-08": "春节",
            "2027-04-05": "清明节", "2027-05-01": "劳动节", "2027-05-02": "劳动节", "2027-06-09": "端午节",
            "2027-09-15": "中秋节", "2027-10-01": "国庆节", "2027-10-02": "国庆节", "2027-10-03": "国庆节",
        ]
        #expect(Dictionary(uniqueKeysWithValues: days.map { ($0.key.description, $0.value) }) == expected)
    }

    @Test func uncoveredYearIsWeekendsAndStatutoryHolidays() throws {
        #expect(Self.calendar.isProvisional(2027))
        #expect(!Self.calendar.isProvisional(2026))
        #expect(try Self.calendar.isWorkingDay(date("2027-01-01")) == false)
        #expect(try Self.calendar.isWorkingDay(date("2027-01-04")) == true)
        #expect(try Self.calendar.isWorkingDay(date("2027-01-09")) == false)
        #expect(try Self.calendar.isWorkingDay(date("2027-06-09")) == false)
        #expect(Self.calendar.label(of: try date("2027-02-08")) == "春节")
        // 2026-12-30 + 5 working days: 12-31, (01-01 元旦), 01-04 … 01-07.
        #expect(try Self.calendar.adding(workingDays: 5, to: date("2026-12-30")) == date("2027-01-07"))
    }

    @Test func dueDateOnAProvisionalYearSaysSo() throws {
        let calculator = DueDateCalculator(calendar: Self.calendar, hall: ShippedCatalogTests.result.catalog.hall)
        let late = try calculator.due(.workingDays(5), submitted: #require(CivilDateTime("2026-12-28T10:00")))
        #expect(late.dueText == "2027-01-05")
        #expect(late.provisional)
        let early = try calculator.due(.workingDays(5), submitted: #require(CivilDateTime("2026-12-01T10:00")))
        #expect(early.dueText == "2026-12-08")
        #expect(!early.provisional)
        // 48 wall-clock hours do not depend on holidays.
        let repair = try calculator.due(.hours(48), submitted: #require(CivilDateTime("2026-12-31T09:00")))
        #expect(repair.dueText == "2027-01-02T09:00")
        #expect(!repair.provisional)
    }
}
