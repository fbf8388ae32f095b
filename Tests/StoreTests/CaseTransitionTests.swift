import Catalog
import GRDB
import Store
import Testing

@Suite struct CaseTransitionTests {
    let fixture: LedgerFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try LedgerFixture() }

    func at(_ text: String) -> CivilDateTime { LedgerFixture.at(text) }

    @Test func acceptComputesTheDueDateOnTheNationalCalendar() throws {
        defer { fixture.remove() }
        let record = try fixture.accept(at: "2026-09-28T09:30")
        #expect(record.status == .open)
        #expect(record.acceptedOn == "2026-09-28")
        #expect(record.due == "2026-10-10")  // 29, 30, (holiday 10-01..07), 08, 09, Saturday 10-10 worked
    }

    @Test func afterClosingOrOnARestDayCountsFromTheNextWorkingDay() throws {
        defer { fixture.remove() }
        let late = try fixture.accept(at: "2026-09-30T17:30")
        #expect(late.acceptedOn == "2026-10-08")
        #expect(late.due == "2026-10-14")
        let sunday = try fixture.accept(at: "2026-11-22T10:00")
        #expect(sunday.acceptedOn == "2026-11-23")
    }

    @Test func pauseMovesTheDueDateByTheWorkingDaysPausedAcrossAHoliday() throws {
        defer { fixture.remove() }
        let record = try fixture.accept(at: "2026-09-28T09:30")
        let id = try #require(record.id)
        #expect(try ledger.pause(id, at: at("2026-09-29T10:00"), by: "w01-a").status == .paused)
        // Paused 09-29, re-submitted 10-09: working days 09-30, 10-08, 10-09 stopped the clock.
        let resumed = try ledger.resume(id, at: at("2026-10-09T10:00"), by: "w01-a")
        #expect(resumed.status == .open)
        #expect(resumed.due == "2026-10-14")
    }

    @Test func restartCountsAgainFromResubmission() throws {
        defer { fixture.remove() }
        let record = try fixture.accept("medical-insurance-reimbursement", window: 3, at: "2026-09-21T09:00")
        let id = try #require(record.id)
        _ = try ledger.pause(id, at: at("2026-09-22T09:00"), by: "w03-a")
        let resumed = try ledger.resume(id, at: at("2026-09-30T16:00"), by: "w03-a")
        // 20 working days counted again from 09-30, across National Day.
        let expected = try ledger.calendar.adding(workingDays: 20, to: #require(CivilDate("2026-09-30")))
        #expect(resumed.due == expected.description)
        #expect(resumed.due == "2026-11-03")
    }

    @Test func completeRefuseAndTransfer() throws {
        defer { fixture.remove() }
        let first = try #require(try fixture.accept().id)
        #expect(try ledger.complete(first, at: at("2026-10-09T16:00"), by: "w01-a").status == .completed)
        #expect(throws: LedgerError.self) { try ledger.complete(first, at: at("2026-10-09T16:00"), by: "w01-a") }
        let second = try #require(try fixture.accept().id)
        #expect(throws: LedgerError.self) {
            try ledger.refuse(second, code: "no-such-reason", at: at("2026-09-28T10:00"), by: "w01-a")
        }
        let refused = try ledger.refuse(second, code: "not-enrolled", at: at("2026-09-28T10:00"), by: "w01-a")
        #expect(refused.status == .refused && refused.refusalCode == "not-enrolled")
        let third = try #require(try fixture.accept().id)
        #expect(throws: LedgerError.self) {
            try ledger.transfer(third, to: 99, at: at("2026-09-28T11:00"), by: "w01-a")
        }
    }

    @Test func transferOnlyToAWindowThatOffersTheService() throws {
        defer { fixture.remove() }
        let id = try #require(try fixture.accept().id)
        do {
            _ = try ledger.transfer(id, to: 6, at: at("2026-09-28T11:00"), by: "w01-a")
            Issue.record("window 6 does not offer 学生证补办, yet the case was transferred there")
        } catch {
            #expect(error.code == .windowDoesNotOfferService)
            #expect(error.message.contains("6号窗口不办理“学生证补办”") && error.message.contains("1号窗口办理"))
        }
        #expect(try ledger.show(id).record.windowNumber == 1)
        // A case left at a window that no longer offers its service (the catalog moved it) goes
        // home: moved to window 6 under a catalog where 6 offered it too, through the audited path.
        var moved = LedgerFixture.catalog
        let offer = try #require(moved.window(number: 1)?.services.first { $0.id == "student-id-replacement" })
        let six = try #require(moved.windows.firstIndex { $0.number == 6 })
        moved.windows[six].services.append(offer)
        _ = try Ledger(database: ledger.database, catalog: moved).transfer(
            id, to: 6, at: at("2026-09-28T10:30"), by: "w01-a")
        #expect(try ledger.transfer(id, to: 1, at: at("2026-09-28T11:00"), by: "w01-a").windowNumber == 1)
    }

    @Test func invalidTransitionsAreRefusedAndChangeNothing() throws {
        defer { fixture.remove() }
        let id = try #require(try fixture.accept().id)
        #expect(throws: LedgerError.self) { try ledger.resume(id, at: at("2026-09-28T10:00"), by: "w01-a") }
        _ = try ledger.pause(id, at: at("2026-09-28T10:00"), by: "w01-a")
        #expect(throws: LedgerError.self) { try ledger.complete(id, at: at("2026-09-29T10:00"), by: "w01-a") }
        #expect(throws: LedgerError.self) { try ledger.resume(id, at: at("2026-09-27T10:00"), by: "w01-a") }
        #expect(try ledger.show(id).history.map(\.action) == ["accept", "pause"])
        #expect(throws: LedgerError.self) { try ledger.complete(12345, at: at("2026-09-29T10:00"), by: "w01-a") }
    }

    @Test func acceptanceIsCheckedAgainstTheCatalog() throws {
        defer { fixture.remove() }
        #expect(throws: LedgerError.self) { try fixture.accept("学生证补班") }
        #expect(throws: LedgerError.self) { try fixture.accept(window: 11) }
        // Due in 2100: beyond the years the law's holidays are computed for.
        #expect(throws: LedgerError.self) { try fixture.accept(at: "2099-12-30T10:00") }
        #expect(try ledger.count() == 0)
    }

    @Test func everyChangeLeavesATrailAndNothingIsDeleted() throws {
        defer { fixture.remove() }
        let id = try #require(try fixture.accept().id)
        _ = try ledger.complete(id, at: at("2026-09-29T10:00"), by: "w01-b2")
        let history = try ledger.show(id).history
        #expect(history.map(\.action) == ["accept", "complete"])
        #expect(history.last?.actor == "w01-b2")
        #expect(history.last?.before?.contains("\"status\":\"open\"") == true)
        #expect(history.last?.after?.contains("\"status\":\"completed\"") == true)
        try ledger.database.writer.write { db in
            #expect(throws: (any Error).self) { try db.execute(sql: "DELETE FROM ledger_case") }
            #expect(throws: (any Error).self) { try db.execute(sql: "UPDATE audit SET actor = 'x'") }
            #expect(throws: (any Error).self) { try db.execute(sql: "DELETE FROM audit") }
        }
        #expect(try ledger.count() == 1)
    }

    @Test func separationOfDutiesRefusesTheSecondStepBySamePerson() throws {
        defer { fixture.remove() }
        let id = try #require(try fixture.accept().id)
        _ = try ledger.performStep(id, step: "verify", at: at("2026-09-29T10:00"), by: "clerk")
        #expect(throws: LedgerError.self) {
            try ledger.performStep(id, step: "produce", at: at("2026-09-30T10:00"), by: "clerk")
        }
        #expect(
            try ledger.performStep(id, step: "produce", at: at("2026-09-30T10:00"), by: "contractor").performedBy
                == "contractor")
        #expect(throws: LedgerError.self) {
            try ledger.performStep(id, step: "verify", at: at("2026-09-30T10:00"), by: "w01-b3")
        }
        #expect(throws: LedgerError.self) {
            try ledger.performStep(id, step: "no-step", at: at("2026-09-30T10:00"), by: "w01-b3")
        }
    }

    @Test func queueHoldsOpenBPostCasesGreenChannelFirst() throws {
        defer { fixture.remove() }
        let normal = try fixture.accept(at: "2026-11-23T09:00")
        let urgent = try fixture.accept(at: "2026-11-23T10:00", green: true)
        _ = try fixture.accept(at: "2026-11-23T09:30", post: .a)
        _ = try fixture.accept(at: "2026-11-24T09:00")
        let queue = try ledger.queue(on: #require(CivilDate("2026-11-23")))
        #expect(queue.map(\.window) == [1])
        #expect(queue.first?.cases.map(\.id) == [urgent.id, normal.id])
    }
}
