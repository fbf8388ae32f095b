import Catalog
import Store
import Testing

/// The actor of every ledger operation is a member of the hall's staff list.
@Suite struct StaffActorTests {
    let fixture: LedgerFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try LedgerFixture() }

    func at(_ text: String) -> CivilDateTime { LedgerFixture.at(text) }

    func code(_ body: () throws -> some Any) -> LedgerError.Code? {
        do {
            _ = try body()
            return nil
        } catch {
            return (error as? LedgerError)?.code
        }
    }

    /// A near miss is suggested in the words of the rest of the message, not in English.
    @Test func aNearMissSuggestsTheStaffIdInChinese() throws {
        defer { fixture.remove() }
        do {
            _ = try ledger.staffActor("w01-bl")
            Issue.record("an id not on the list was taken")
        } catch {
            #expect(error.message.contains("（您是不是要找“w01-b1”？）"), "\(error.message)")
            #expect(!error.message.contains("did you mean"), "\(error.message)")
        }
    }

    @Test func anActorNotOnTheStaffListIsRefusedAndNothingIsWritten() throws {
        defer { fixture.remove() }
        let request = AcceptRequest(
            service: "学生证补办", window: 1, studentNumber: "2021040123", at: at("2026-09-28T09:30"), by: "随便谁")
        #expect(code { try ledger.accept(request) } == .unknownStaff)
        #expect(try ledger.count() == 0)
        let id = try #require(try fixture.accept().id)
        #expect(code { try ledger.pause(id, at: at("2026-09-28T10:00"), by: "") } == .unknownStaff)
        #expect(
            code { try ledger.performStep(id, step: "verify", at: at("2026-09-28T10:00"), by: "王专员") } == .unknownStaff)
        #expect(
            code {
                try ledger.addReferral(
                    question: "奖学金", student: nil, window: 2, sentTo: "学生资助科", at: at("2026-09-28T10:00"), by: "nobody")
            } == .unknownStaff)
        #expect(try ledger.show(id).history.map(\.action) == ["accept"])
        #expect(try ledger.referrals().isEmpty)
    }

    @Test func aDisplayNameIsRecordedAsTheStaffId() throws {
        defer { fixture.remove() }
        let id = try #require(try fixture.accept().id)
        _ = try ledger.performStep(id, step: "verify", at: at("2026-09-29T10:00"), by: "学生证补办专员")
        #expect(try ledger.show(id).steps.map(\.performedBy) == ["clerk"])
        // Named by id the second time, the same person is still kept from producing the card.
        let refusal = #expect(throws: LedgerError.self) {
            try ledger.performStep(id, step: "produce", at: at("2026-09-30T10:00"), by: "clerk")
        }
        #expect(refusal?.message.hasPrefix("职责分离：学生证补办专员（clerk） 已办理“信息核实”") == true)
        #expect(try ledger.show(id).history.last?.actor == "clerk")
    }

    @Test func aHallWithoutAStaffListRecordsTheNameAsGiven() throws {
        defer { fixture.remove() }
        var catalog = LedgerFixture.catalog
        catalog.hall?.staff = nil
        let plain = try Ledger(database: ledger.database, catalog: catalog, clock: .fixed(LedgerFixture.now))
        let record = try plain.accept(
            AcceptRequest(
                service: "学生证补办", window: 1, studentNumber: "2021040123", at: at("2026-09-28T09:30"), by: "小王"))
        #expect(record.acceptedBy == "小王")
    }
}
