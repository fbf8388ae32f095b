import Catalog
import Hall
import Testing

@Suite struct DueReckoningTests {
    let reckoning = DueReckoning(catalog: HallFixture.catalog)

    @Test func aDueDateSkipsTheNationalDayHolidayAndCountsTheLateDays() throws {
        let reckoning = try #require(reckoning)
        let answer = try reckoning.reckon(
            accepted: CivilDate("2026-09-28")!, workingDays: 5, completed: CivilDate("2026-10-20")!)
        GoldenFile.check(answer.json, name: "due-national-day.json")
        GoldenFile.check(answer.text, name: "due-national-day.txt")
    }

    @Test func aYearWithoutItsArrangementIsProvisional() throws {
        let reckoning = try #require(reckoning)
        let answer = try reckoning.reckon(accepted: CivilDate("2027-12-28")!, workingDays: 10)
        #expect(answer.provisional)
        GoldenFile.check(answer.json, name: "due-provisional.json")
    }

    @Test func aCatalogWithoutACalendarHasNoReckoning() {
        #expect(DueReckoning(catalog: Catalog()) == nil)
    }
}
