import Assessment
import Testing

/// Periods made from their parts are the periods their text names, so no code needs to write
/// a period's text and unwrap the parse.
@Suite struct PeriodConstructionTests {
    @Test func eachKindMadeFromItsPartsIsTheParsedOne() {
        #expect(Period(month: .init(year: 2026, month: 3)) == Period("2026-03"))
        #expect(Period(year: 2026) == Period("2026"))
        #expect(Period(semesterOf: 2026, second: false) == Period("2026-S1"))
        #expect(Period(semesterOf: 2026, second: true) == Period("2026-S2"))
    }

    @Test(arguments: [
        ("2026-01", "2025-12"), ("2026", "2025"), ("2026-S1", "2025-S2"), ("2026-S2", "2026-S1"),
    ])
    func thePreviousPeriodIsOfTheSameKind(period: String, previous: String) throws {
        #expect(try #require(Period(period)).previous == Period(previous))
    }

    @Test(arguments: [(9, "2026-S1"), (1, "2025-S1"), (2, "2025-S2"), (8, "2025-S2")])
    func aMonthFallsInItsSemester(month: Int, semester: String) {
        #expect(Period.semester(containing: .init(year: 2026, month: month)) == Period(semester))
    }
}
