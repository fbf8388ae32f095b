import Catalog
import Store
import Testing

@Suite struct OverdueAndFollowUpTests {
    let fixture: LedgerFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try LedgerFixture() }

    func at(_ text: String) -> CivilDateTime { LedgerFixture.at(text) }
    func day(_ text: String) -> CivilDate { CivilDate(text)! }

    @Test func overdueWorkingDaysSkipTheHolidayAndFallInTheirMonths() throws {
        defer { fixture.remove() }
        // 5 working days from 09-21 (09-25 is a holiday): due 09-29; still open on 10-09,
        // so 09-30, 10-08 and 10-09 are overdue.
        let record = try fixture.accept("dorm-bed-change", at: "2026-09-21T09:00")
        #expect(record.due == "2026-09-29")
        let report = try ledger.overdue(asOf: day("2026-10-09"))
        let item = try #require(report.cases.first)
        #expect(item.overdueDays.map(\.description) == ["2026-09-30", "2026-10-08", "2026-10-09"])
        #expect(item.overdueWorkingDays == 3)
        #expect(Dictionary(grouping: item.overdueDays, by: \.month).mapValues(\.count) == [9: 1, 10: 2])
    }

    @Test func completedOnTimeIsNotOverdueAndLateCompletionCounts() throws {
        defer { fixture.remove() }
        let onTime = try #require(try fixture.accept(at: "2026-09-28T09:30").id)
        _ = try ledger.complete(onTime, at: at("2026-10-10T11:00"), by: "w01-a")
        let late = try #require(try fixture.accept(at: "2026-09-28T09:30").id)
        _ = try ledger.complete(late, at: at("2026-10-13T11:00"), by: "w01-a")
        let report = try ledger.overdue(asOf: day("2026-10-31"))
        #expect(report.cases.map(\.id) == [late])
        #expect(report.cases.first?.overdueWorkingDays == 2)
    }

    @Test func pausedCasesStopTheirOverdueClock() throws {
        defer { fixture.remove() }
        // Due 11-09; paused on 11-12 after three overdue working days, the count stays at three.
        let id = try #require(try fixture.accept("dorm-bed-change", at: "2026-11-02T09:00").id)
        #expect(try ledger.show(id).record.due == "2026-11-09")
        _ = try ledger.pause(id, at: at("2026-11-12T09:00"), by: "w01-a")
        let report = try ledger.overdue(asOf: day("2026-11-30"))
        #expect(report.cases.first?.overdueWorkingDays == 3)
    }

    @Test func refusedCasesAreNeverOverdue() throws {
        defer { fixture.remove() }
        let id = try #require(try fixture.accept(at: "2026-09-01T09:00").id)
        _ = try ledger.refuse(id, code: "not-enrolled", at: at("2026-09-01T10:00"), by: "w01-a")
        #expect(try ledger.overdue(asOf: day("2026-10-31")).cases.isEmpty)
    }

    @Test func repairIsDueInFortyEightHoursWallClock() throws {
        defer { fixture.remove() }
        let repair = try ledger.addRepair(
            location: "9栋312", description: "水管漏水", student: "2021040123", at: at("2026-10-01T22:15"), by: "w11-b1")
        #expect(repair.due == "2026-10-03T22:15")
        #expect(repair.windowNumber == 11)
        #expect(try ledger.overdue(asOf: day("2026-10-02")).items.isEmpty)
        let report = try ledger.overdue(asOf: day("2026-10-04"))
        #expect(report.items.first?.kind == .repair)
        #expect(report.items.first?.overdueHours == 26)
        let done = try ledger.finishRepair(try #require(repair.id), at: at("2026-10-03T20:00"), by: "repair-worker")
        #expect(done.doneAt == "2026-10-03T20:00")
        #expect(try ledger.overdue(asOf: day("2026-10-04")).items.isEmpty)
    }

    @Test func referralFeedbackIsDueInOneWorkingDayAndComplaintsInThree() throws {
        defer { fixture.remove() }
        let referral = try ledger.addReferral(
            question: "身份证丢了", student: nil, window: 1, sentTo: "辖区派出所", at: at("2026-09-30T16:00"), by: "w01-a")
        #expect(referral.due == "2026-10-08")
        let complaint = try ledger.addComplaint(
            about: "食堂", text: "饭菜太咸", student: nil, window: 13, at: at("2026-09-29T09:00"), by: "w13-a")
        #expect(complaint.due == "2026-10-09")
        let report = try ledger.overdue(asOf: day("2026-10-12"))
        #expect(Set(report.items.map(\.kind)) == [.referral, .complaint])
        _ = try ledger.answerReferral(
            try #require(referral.id), answer: "已联系派出所", at: at("2026-10-08T09:00"), by: "w01-a")
        #expect(throws: LedgerError.self) {
            try ledger.answerReferral(
                try #require(referral.id), answer: "again", at: at("2026-10-08T09:00"), by: "w01-a")
        }
        #expect(try ledger.overdue(asOf: day("2026-10-12")).items.map(\.kind) == [.complaint])
    }
}
