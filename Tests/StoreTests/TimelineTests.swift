import Catalog
import Store
import Testing

/// No time travel in the ledger: nothing dated after the hall's clock, nothing before what the
/// case already records.
@Suite struct TimelineTests {
    let fixture: LedgerFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try LedgerFixture() }

    func at(_ text: String) -> CivilDateTime { LedgerFixture.at(text) }

    /// The refusal's code ("none" when it has none), or nil when the operation went through.
    func refusal(_ body: () throws -> some Any) -> String? {
        do {
            _ = try body()
            return nil
        } catch {
            return (error as? LedgerError)?.code.rawValue ?? "none"
        }
    }

    @Test func aCompletionBackDatedBeforeAPauseAndResumeIsRefused() throws {
        defer { fixture.remove() }
        let id = try #require(try fixture.accept(at: "2026-09-28T09:30").id)
        _ = try ledger.pause(id, at: at("2026-10-12T10:00"), by: "w01-a")
        _ = try ledger.resume(id, at: at("2026-10-14T10:00"), by: "w01-a")
        #expect(
            refusal { try ledger.complete(id, at: at("2026-09-29T10:00"), by: "w01-a") }
                == LedgerError.Code.timeBeforeLastRecorded.rawValue)
        #expect(try ledger.show(id).record.status == .open)
        // The overdue report still sees the case running late.
        let report = try ledger.overdue(asOf: #require(CivilDate("2026-10-31")))
        #expect(report.cases.map(\.id) == [id])
    }

    @Test func aPauseBeforeTheSubmissionIsRefusedAndTheCaseStaysResumable() throws {
        defer { fixture.remove() }
        let id = try #require(try fixture.accept(at: "2026-09-28T09:30").id)
        #expect(
            refusal { try ledger.pause(id, at: at("2020-01-01T10:00"), by: "w01-a") }
                == LedgerError.Code.timeBeforeLastRecorded.rawValue)
        _ = try ledger.pause(id, at: at("2026-09-28T10:00"), by: "w01-a")
        #expect(try ledger.resume(id, at: at("2026-09-30T10:00"), by: "w01-a").status == .open)
    }

    @Test func nothingIsDatedAfterTheHallsClock() throws {
        defer { fixture.remove() }
        let id = try #require(try fixture.accept().id)
        let future = at("9999-12-31T10:00")
        #expect(refusal { try fixture.accept(at: "9999-12-31T10:00") } == LedgerError.Code.timeInFuture.rawValue)
        #expect(refusal { try ledger.pause(id, at: future, by: "w01-a") } == LedgerError.Code.timeInFuture.rawValue)
        #expect(refusal { try ledger.complete(id, at: future, by: "w01-a") } == LedgerError.Code.timeInFuture.rawValue)
        #expect(
            refusal { try ledger.performStep(id, step: "verify", at: future, by: "clerk") }
                == LedgerError.Code.timeInFuture.rawValue)
        #expect(
            refusal { () throws(LedgerError) in
                try ledger.addRepair(location: "3栋101", description: "灯坏", student: nil, at: future, by: "w01-a")
            } == LedgerError.Code.timeInFuture.rawValue)
        #expect(try ledger.show(id).history.map(\.action) == ["accept"])
    }

    @Test func theClockAllowsASmallSkewAndNoMore() throws {
        defer { fixture.remove() }
        let now = LedgerFixture.now
        let id = try #require(try fixture.accept(at: "2027-06-30T09:00").id)
        let withinSkew = CivilDateTime(date: now.date, minuteOfDay: now.minuteOfDay + HallClock.allowedSkewMinutes)
        let beyond = CivilDateTime(date: now.date, minuteOfDay: withinSkew.minuteOfDay + 1)
        #expect(refusal { try ledger.pause(id, at: beyond, by: "w01-a") } == LedgerError.Code.timeInFuture.rawValue)
        #expect(try ledger.pause(id, at: withinSkew, by: "w01-a").status == .paused)
    }

    @Test func anAcceptanceOutsideTheCalendarsYearsIsRefused() throws {
        defer { fixture.remove() }
        #expect(refusal { try fixture.accept(at: "2020-01-06T10:00") } == LedgerError.Code.timeOutsideCalendar.rawValue)
        #expect(try ledger.count() == 0)
    }

    @Test func stepsAndAnswersFollowWhatIsAlreadyRecorded() throws {
        defer { fixture.remove() }
        let id = try #require(try fixture.accept(at: "2026-09-28T09:30").id)
        _ = try ledger.performStep(id, step: "verify", at: at("2026-09-29T10:00"), by: "clerk")
        #expect(
            refusal { () throws(LedgerError) in
                try ledger.transfer(id, to: 1, at: at("2026-09-29T09:00"), by: "w01-a")
            } == LedgerError.Code.timeBeforeLastRecorded.rawValue)
        #expect(
            refusal { () throws(LedgerError) in
                try ledger.performStep(id, step: "produce", at: at("2026-09-28T09:00"), by: "contractor")
            } == LedgerError.Code.timeBeforeLastRecorded.rawValue)
        let complaint = try ledger.addComplaint(
            about: "态度", text: "窗口态度差", student: nil, window: 1, at: at("2026-10-12T10:00"), by: "w01-a")
        let complaintID = try #require(complaint.id)
        #expect(
            refusal { () throws(LedgerError) in
                try ledger.answerComplaint(complaintID, answer: "已核实", at: at("2026-10-11T10:00"), by: "w01-a")
            } == LedgerError.Code.timeBeforeLastRecorded.rawValue)
    }
}
