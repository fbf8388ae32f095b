import Catalog
import Foundation
import Hall
import Store
import Testing

/// The window's desk: accepting a case, moving it on and recording its steps, with the
/// sentence a clerk reads and the case as JSON.
@Suite struct CaseDeskTests {
    let fixture: HallFixture
    var desk: CaseDesk { CaseDesk(ledger: fixture.ledger) }

    init() throws { fixture = try HallFixture() }

    static func request(at time: String = "2026-09-28T09:30", by actor: String = "w01-b1") -> AcceptRequest {
        AcceptRequest(
            service: "学生证补办", window: 1, studentNumber: "2021040123", studentName: "张三", post: .b,
            at: HallFixture.at(time), by: actor)
    }

    @Test func anAcceptedCaseSaysItsNumberAndDueDateAndHidesTheStudent() throws {
        defer { fixture.remove() }
        let accepted = try desk.accept(Self.request())
        let change = desk.accepted(accepted, mask: try fixture.mask)
        #expect(change.message == "已受理，办件编号 #1，应于 2026-10-10 前办结")
        #expect(!change.json.contains("2021040123") && !change.text.contains("张三"))
        GoldenFile.check(change.json, name: "accept-student-id.json")
        GoldenFile.check(change.text, name: "accept-student-id.txt")
    }

    @Test func eachTransitionSaysWhatWasDone() throws {
        defer { fixture.remove() }
        let id = try #require(try desk.accept(Self.request()).record.id)
        let steps: [(CaseDesk.Transition, String, String, CaseRecord.Status)] = [
            (.pause(reason: "照片不合格"), "2026-09-29T10:00", "办件 #1 已暂停，待申请人补正", .paused),
            (.resume, "2026-10-09T10:00", "办件 #1 已恢复办理，期限为 2026-10-14", .open),
        ]
        for (transition, time, message, status) in steps {
            let record = try desk.apply(transition, to: id, at: HallFixture.at(time), by: "w01-a")
            let change = desk.changed(record, by: transition, mask: try fixture.mask)
            #expect(change.message == message && record.status == status)
            #expect(change.text.hasPrefix(message + "\n"))
        }
        let elsewhere = #expect(throws: LedgerError.self) {
            try desk.apply(.transfer(window: 2), to: id, at: HallFixture.at("2026-10-09T11:00"), by: "w01-a")
        }
        #expect(elsewhere?.message.contains("1号窗口") == true)
        #expect(
            desk.changed(
                try #require(try fixture.ledger.list().first), by: .transfer(window: 3), mask: try fixture.mask
            ).message == "办件 #1 已转至 3 号窗口")
        let completed = try desk.apply(.complete, to: id, at: HallFixture.at("2026-10-10T16:00"), by: "w01-a")
        #expect(desk.changed(completed, by: .complete, mask: try fixture.mask).message == "办件 #1 已办结")
        #expect(throws: LedgerError.self) {
            try desk.apply(.complete, to: id, at: HallFixture.at("2026-10-10T16:30"), by: "w01-a")
        }
    }

    @Test func aRefusalNeedsOneOfTheCatalogsReasons() throws {
        defer { fixture.remove() }
        let id = try #require(try desk.accept(Self.request()).record.id)
        let at = HallFixture.at("2026-09-28T10:00")
        let unknown = #expect(throws: LedgerError.self) {
            try desk.apply(.refuse(reason: "no-such-reason"), to: id, at: at, by: "w01-a")
        }
        #expect(unknown?.message.isEmpty == false)
        let refused = try desk.apply(.refuse(reason: "not-enrolled"), to: id, at: at, by: "w01-a")
        #expect(refused.status == .refused)
        #expect(
            desk.changed(refused, by: .refuse(reason: "not-enrolled"), mask: try fixture.mask).message == "办件 #1 不予受理")
    }

    @Test func aStepSaysWhoDidItAndWhen() throws {
        defer { fixture.remove() }
        let id = try #require(try desk.accept(Self.request()).record.id)
        let done = StepDone(try desk.step("verify", of: id, at: HallFixture.at("2026-09-29T10:00"), by: "w01-a"))
        #expect(done.text == "办件 #1 环节“verify”由 w01-a 于 2026-09-29T10:00 完成\n")
        GoldenFile.check(done.json, name: "step-verify.json")
    }

    @Test func theAsyncDeskRecordsTheSameCase() async throws {
        defer { fixture.remove() }
        let accepted = try await desk.accept(Self.request())
        let id = try #require(accepted.record.id)
        let step = try await desk.step("verify", of: id, at: HallFixture.at("2026-09-29T10:00"), by: "w01-a")
        #expect(step.caseId == id)
        let paused = try await desk.apply(
            .pause(reason: nil), to: id, at: HallFixture.at("2026-09-29T11:00"), by: "w01-a")
        #expect(paused.status == .paused && paused.id == id)
        #expect(try fixture.ledger.count() == 1)
    }

    @Test func theHallOffersTheDesk() throws {
        defer { fixture.remove() }
        let services = try HallServices.open(
            .init(
                catalogFolder: HallFixture.catalogFolder, rulesFolder: HallFixture.rulesFolder,
                databasePath: fixture.folder.appendingPathComponent("hall.sqlite").path),
            clock: .fixed(HallFixture.now))
        let record = try services.desk.accept(Self.request()).record
        #expect(try services.caseList.records(.init()).map(\.id) == [record.id])
    }
}
