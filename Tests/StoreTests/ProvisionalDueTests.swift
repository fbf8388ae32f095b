import Catalog
import Foundation
import Store
import Testing

/// Cases accepted on a provisional calendar say so, and are recomputed once the year's
/// arrangement is imported.
@Suite struct ProvisionalDueTests {
    let fixture: LedgerFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try LedgerFixture() }

    func at(_ text: String) -> CivilDateTime { LedgerFixture.at(text) }

    /// The shipped catalog with the invented 2027 notice (a test text, not the real one) imported.
    static func catalogWith2027() throws -> Catalog {
        let folder = LedgerFixture.repository.appendingPathComponent("catalog").path
        let notice = try String(
            contentsOf: LedgerFixture.repository.appendingPathComponent(
                "Tests/CatalogTests/Fixtures/holiday-notices/invented-2027.txt"), encoding: .utf8)
        var source = try CatalogSource.directory(folder)
        let plan = try CalendarImporter.plan(notice: notice, source: source)
        guard case .add(let text) = plan.outcome,
            let index = source.files.firstIndex(where: { $0.displayPath == plan.file })
        else { throw LedgerError("2027 was not added", code: .rowInvalid) }
        source.files[index].data = Data(text.utf8)
        return CatalogLoader.load(source).catalog
    }

    @Test func caseAcceptedOnAProvisionalYearIsMarked() throws {
        defer { fixture.remove() }
        let provisional = try fixture.accept(at: "2027-01-29T10:00")
        #expect(provisional.due == "2027-02-09")  // 02-05 除夕 and 02-08 初三 are statutory holidays
        #expect(provisional.dueProvisional)
        let view = CaseView(
            provisional, catalog: LedgerFixture.catalog, mask: PersonalDataMask(studentNumberPattern: nil, names: []))
        #expect(view.line.contains("期限 2027-02-09（暂按法定节假日推算，待公布调休安排后确认）"))
        let json = JSONOutput.encode(view, snakeCase: true)
        #expect(json.contains("\"due_provisional\" : true"))
        #expect(json.contains("\"due_note\" : \"暂按法定节假日推算，待公布调休安排后确认\""))
        let settled = try fixture.accept(at: "2026-11-23T10:00")
        #expect(!settled.dueProvisional)
        #expect(
            !CaseView(
                settled, catalog: LedgerFixture.catalog, mask: PersonalDataMask(studentNumberPattern: nil, names: [])
            ).line.contains("推算"))
    }

    @Test func importingTheYearRecomputesProvisionalCasesWithAnAuditEntry() throws {
        defer { fixture.remove() }
        let plain = try #require(try fixture.accept(at: "2027-01-29T10:00").id)
        let paused = try #require(try fixture.accept(at: "2027-01-25T10:00").id)
        _ = try ledger.pause(paused, at: at("2027-01-26T10:00"), by: "w01-a")
        #expect(try ledger.resume(paused, at: at("2027-02-03T10:00"), by: "w01-a").due == "2027-02-11")
        let settled = try #require(try fixture.accept(at: "2026-11-23T10:00").id)

        let updated = try Ledger(database: ledger.database, catalog: Self.catalogWith2027())
        let changes = try updated.recomputeProvisionalDues(at: at("2026-12-01T09:00"), by: "director")
        #expect(changes.map(\.id) == [plain, paused])
        #expect(changes.allSatisfy { $0.subject == .ledgerCase })
        // 2027's notice: 02-05..12 off, so the plain case is due 02-15; the pause stopped 6 working days.
        #expect(changes.map(\.dueAfter) == ["2027-02-15", "2027-02-17"])
        #expect(changes.allSatisfy { !$0.stillProvisional })
        let detail = try updated.show(plain)
        #expect(detail.record.due == "2027-02-15")
        #expect(!detail.record.dueProvisional)
        #expect(detail.history.last?.action.hasPrefix("recompute-due") == true)
        #expect(detail.history.last?.actor == "director")
        #expect(try updated.show(settled).history.count == 1)
        // A second run finds nothing left to do.
        #expect(try updated.recomputeProvisionalDues(at: at("2026-12-01T09:05"), by: "director").isEmpty)
    }

    @Test func referralAndComplaintDuesAreMarkedAndRecomputed() throws {
        defer { fixture.remove() }
        let referral = try ledger.addReferral(
            question: "奖学金名单何时公示", student: nil, window: 2, sentTo: "学生资助科", at: at("2027-02-04T10:00"),
            by: "w01-a")
        #expect(referral.due == "2027-02-09")
        #expect(referral.dueProvisional)
        let complaint = try ledger.addComplaint(
            about: "5", text: "窗口无人", student: nil, window: 5, at: at("2026-12-31T10:00"), by: "w01-a")
        #expect(complaint.due == "2027-01-06")
        #expect(complaint.dueProvisional)

        let updated = try Ledger(database: ledger.database, catalog: Self.catalogWith2027())
        let changes = try updated.recomputeProvisionalDues(at: at("2026-12-01T09:00"), by: "director")
        #expect(changes.map(\.subject) == [.referral, .complaint])
        // 2027's notice: 02-05..12 off; 01-01..03 off as the law already said, so only the mark goes.
        #expect(changes.map(\.dueAfter) == ["2027-02-15", "2027-01-06"])
        #expect(try updated.referrals().first?.dueProvisional == false)
        #expect(try updated.complaints().first?.dueProvisional == false)
    }
}
