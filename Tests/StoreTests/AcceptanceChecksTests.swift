import Catalog
import Foundation
import Store
import Testing

/// What the ledger refuses or warns about at acceptance, so it agrees with what the hall tells
/// the student: the hall's student-number form, the same case twice in a day, refusal times.
@Suite struct AcceptanceChecksTests {
    let fixture: LedgerFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try LedgerFixture() }

    func request(student: String, at time: String = "2026-09-28T09:30") -> AcceptRequest {
        AcceptRequest(
            service: "student-id-replacement", window: 1, studentNumber: student, at: LedgerFixture.at(time),
            by: "w01-b1")
    }

    @Test func theShippedHallDeclaresItsStudentNumberFormAsAssumed() {
        #expect(LedgerFixture.catalog.hall?.studentNumberPattern == "[0-9]{10}")
    }

    @Test(arguments: ["abc", "202104012", "20210401234", "2021-04-0123"])
    func aStudentNumberNotOfTheHallsFormIsRefused(_ number: String) throws {
        defer { fixture.remove() }
        do {
            _ = try ledger.accept(request(student: number))
            Issue.record("student number \(number) was accepted")
        } catch {
            #expect(error.code == .studentNumberPattern)
            #expect(error.message.contains("不符合本大厅的学号格式"))
            #expect(error.message.contains("学号“\(PersonalData.maskStudentNumber(number))”"), "\(error.message)")
        }
        #expect(try ledger.count() == 0)
        #expect(try ledger.accept(request(student: "2021040123")).id != nil)
    }

    /// The desk takes the channels hall.yaml names (and 现场/网上 for them), as an import does.
    @Test func aChannelTheHallDoesNotHaveIsRefused() throws {
        defer { fixture.remove() }
        var online = request(student: "2021040123")
        online.channel = "online"
        #expect(throws: LedgerError.self) { _ = try ledger.accept(online) }
        #expect(try ledger.count() == 0)
        online.channel = "网上"
        #expect(try ledger.accept(online).channel == "wechat")
        var unnamed = request(student: "2021040124")
        unnamed.channel = ""
        #expect(try ledger.accept(unnamed).channel == "on_site")
    }

    @Test func aFollowUpsStudentNumberIsCheckedWhenGiven() throws {
        defer { fixture.remove() }
        let time = LedgerFixture.at("2026-10-01T22:15")
        #expect(throws: LedgerError.self) {
            try ledger.addRepair(location: "9栋312", description: "水管漏水", student: "abc", at: time, by: "w11-b1")
        }
        #expect(throws: LedgerError.self) {
            try ledger.addComplaint(about: "食堂", text: "饭菜太咸", student: "abc", window: 13, at: time, by: "w13-a")
        }
        #expect(
            try ledger.addRepair(location: "9栋312", description: "水管漏水", student: nil, at: time, by: "w11-b1").id != nil
        )
    }

    @Test func theSameStudentAndServiceTwiceOnOneDayWarnsButIsRecorded() throws {
        defer { fixture.remove() }
        let first = try ledger.acceptance(request(student: "2021040123"))
        #expect(first.warnings.isEmpty)
        let second = try ledger.acceptance(request(student: "2021040123", at: "2026-09-28T15:00"))
        #expect(second.warnings == [.sameStudentSameDay([try #require(first.record.id)])])
        #expect(second.warnings.first?.message.contains("#\(first.record.id ?? 0)") == true)
        #expect(try ledger.count() == 2)
        // Another day, or another student, is no repeat.
        #expect(try ledger.acceptance(request(student: "2021040123", at: "2026-09-29T09:30")).warnings.isEmpty)
        #expect(try ledger.acceptance(request(student: "2021040124", at: "2026-09-28T16:00")).warnings.isEmpty)
    }

    @Test func aRefusedCaseNeverShowsACompletionTime() throws {
        defer { fixture.remove() }
        let id = try #require(try fixture.accept().id)
        let refused = try ledger.refuse(
            id, code: "not-enrolled", at: LedgerFixture.at("2026-09-28T10:00"), by: "w01-b1")
        #expect(refused.completedAt == nil)
        #expect(refused.refusedAt == "2026-09-28T10:00")
        let view = CaseView(
            try ledger.show(id).record, catalog: LedgerFixture.catalog,
            mask: PersonalDataMask(studentNumberPattern: nil, names: []))
        #expect(!view.line.contains("办结"))
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(view)) as? [String: Any] ?? [:]
        #expect(json["completed"] is NSNull)
        #expect(json["refusedAt"] as? String == "2026-09-28T10:00")
    }

    @Test func aDateOnlyOperationTimeIsRefusedWithAClearMessage() throws {
        do {
            _ = try Ledger.operationTime("2026-10-12")
            Issue.record("a bare day was taken as a moment")
        } catch {
            #expect(error.code == .timeWithoutClock)
            #expect(error.message.contains("只有日期没有时刻") && error.message.contains("2026-10-12T09:30"))
        }
        #expect(try Ledger.operationTime("2026-10-12T09:30").description == "2026-10-12T09:30")
        #expect(throws: LedgerError.self) { try Ledger.operationTime("banana") }
    }
}
