import Catalog
import Store
import Testing

/// Pausing a case that is already late stops its count without erasing the days it ran up.
@Suite struct PausedOverdueTests {
    let fixture: LedgerFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try LedgerFixture() }

    func at(_ text: String) -> CivilDateTime { LedgerFixture.at(text) }
    func day(_ text: String) -> CivilDate { CivilDate(text)! }

    @Test func theDaysLateBeforeThePauseStayAndThePausedDaysDoNotCount() throws {
        defer { fixture.remove() }
        // Due 11-09; paused on 11-12 after three late working days; resumed on 11-20.
        let id = try #require(try fixture.accept("dorm-bed-change", at: "2026-11-02T09:00").id)
        _ = try ledger.pause(id, at: at("2026-11-12T09:00"), by: "w01-a")
        _ = try ledger.resume(id, at: at("2026-11-20T10:00"), by: "w01-a")
        let report = try ledger.overdue(asOf: day("2026-11-30"))
        let days = try #require(report.cases.first).overdueDays.map(\.description)
        #expect(
            days == [
                "2026-11-10", "2026-11-11", "2026-11-12", "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26",
                "2026-11-27", "2026-11-30",
            ])
    }

    @Test func aMonthKeepsTheDaysLateBeforeAPauseThatEndsInTheNextMonth() throws {
        defer { fixture.remove() }
        // Due 10-26; late on 10-27 and 10-28, paused on 10-28, resumed and completed in November.
        let id = try #require(try fixture.accept("dorm-bed-change", at: "2026-10-19T09:00").id)
        #expect(try ledger.show(id).record.due == "2026-10-26")
        _ = try ledger.pause(id, at: at("2026-10-28T09:00"), by: "w01-a")
        _ = try ledger.resume(id, at: at("2026-11-04T10:00"), by: "w01-a")
        _ = try ledger.complete(id, at: at("2026-11-04T16:00"), by: "w01-a")
        let october = try ledger.overdue(asOf: day("2026-10-31"), from: day("2026-10-01"))
        #expect(october.cases.first?.overdueDays.map(\.description) == ["2026-10-27", "2026-10-28"])
        // The case view counts the same days.
        #expect(try ledger.show(id).overdue?.overdueDays.map(\.description) == ["2026-10-27", "2026-10-28"])
    }

    @Test func aRestartAfterThePauseKeepsTheDaysLateBeforeIt() throws {
        defer { fixture.remove() }
        // 20 working days, counted again on resumption (on_correction: restart).
        let record = try fixture.accept("medical-insurance-reimbursement", window: 3, at: "2026-09-01T09:00")
        let id = try #require(record.id)
        let due = try #require(CivilDate(record.due))
        let paused = day("2026-10-12")
        #expect(due < paused)
        _ = try ledger.pause(id, at: at("2026-10-12T10:00"), by: "w03-a")
        let resumed = try ledger.resume(id, at: at("2026-10-20T10:00"), by: "w03-a")
        #expect(try #require(CivilDate(resumed.due)) > day("2026-10-31"))
        let days = try #require(try ledger.overdue(asOf: day("2026-10-31")).cases.first).overdueDays
        #expect(days.count == (try ledger.calendar.workingDays(after: due, through: paused)))
        #expect(days.last == paused)
    }

    @Test func anHourLimitCountsOnlyTheHoursTheClockRan() throws {
        defer { fixture.remove() }
        // 48 hours: due 10-14T10:00; 24 hours late when paused on 10-15T10:00, resumed a day later
        // and finished at 14:00. On 10-16 the case was late only the four hours after resumption.
        let id = try #require(try fixture.accept("dorm-network-fault", window: 9, at: "2026-10-12T10:00").id)
        #expect(try ledger.show(id).record.due == "2026-10-14T10:00")
        _ = try ledger.pause(id, at: at("2026-10-15T10:00"), by: "w09-a")
        _ = try ledger.resume(id, at: at("2026-10-16T10:00"), by: "w09-a")
        _ = try ledger.complete(id, at: at("2026-10-16T14:00"), by: "w09-a")
        #expect(try ledger.overdue(asOf: day("2026-10-16"), from: day("2026-10-16")).cases.first?.overdueHours == 4)
        #expect(try ledger.overdue(asOf: day("2026-10-31")).cases.first?.overdueHours == 28)
    }
}
