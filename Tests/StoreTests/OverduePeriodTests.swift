import Catalog
import Store
import Testing

/// The overdue report over a period and for one window, with per-window totals: the figures
/// the monthly assessment and the office's printout read.
@Suite struct OverduePeriodTests {
    let fixture: LedgerFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try LedgerFixture() }

    func day(_ text: String) -> CivilDate { CivilDate(text)! }

    @Test func aPeriodCountsOnlyItsOwnOverdueDays() throws {
        defer { fixture.remove() }
        // Due 09-29, still open: 09-30 is overdue in September, 10-08 onwards in October.
        let september = try #require(try fixture.accept("dorm-bed-change", at: "2026-09-21T09:00").id)
        // Due 10-10 and completed 10-13: overdue 10-12 and 10-13 only.
        let october = try #require(try fixture.accept(at: "2026-09-28T09:30").id)
        _ = try ledger.complete(october, at: LedgerFixture.at("2026-10-13T11:00"), by: "w01-b1")
        let report = try ledger.overdue(asOf: day("2026-10-31"), from: day("2026-10-01"))
        let days = Dictionary(uniqueKeysWithValues: report.cases.map { ($0.id, $0.overdueDays.map(\.description)) })
        #expect(days[october] == ["2026-10-12", "2026-10-13"])
        #expect(days[september]?.first == "2026-10-08" && days[september]?.contains("2026-09-30") == false)
        #expect(days[september]?.last == "2026-10-30")
        // Only September: the case completed in October is not there; the other counts one day.
        let before = try ledger.overdue(asOf: day("2026-09-30"), from: day("2026-09-01"))
        #expect(before.cases.map(\.id) == [september])
        #expect(before.cases.first?.overdueDays.map(\.description) == ["2026-09-30"])
    }

    @Test func oneWindowAndItsTotals() throws {
        defer { fixture.remove() }
        _ = try fixture.accept(at: "2026-09-28T09:30")  // window 1, due 10-10
        _ = try fixture.accept(at: "2026-09-28T09:30")
        _ = try fixture.accept("dorm-repair", window: 11, at: "2026-10-01T22:15")  // due 10-03T22:15
        let all = try ledger.overdue(asOf: day("2026-10-13"))
        #expect(all.totals.map(\.window) == [1, 11])
        #expect(all.totals.last?.overdueHours == 242)  // 10-03T22:15 to the end of 10-13
        let first = try #require(all.totals.first)
        #expect(first.cases == 2 && first.overdueWorkingDays == 4)  // 10-12 and 10-13, twice
        let one = try ledger.overdue(asOf: day("2026-10-13"), window: 1)
        #expect(one.window == 1 && Set(one.items.map(\.window)) == [1])
        #expect(one.totals == [first])
        #expect(throws: LedgerError.self) { try ledger.overdue(asOf: day("2026-10-13"), window: 99) }
        #expect(throws: LedgerError.self) { try ledger.overdue(asOf: day("2026-10-13"), from: day("2026-10-14")) }
    }
}
