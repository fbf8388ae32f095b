import Assessment
import Catalog
import Foundation
import Hall
import Store
import Testing

/// Patrols through the application target: findings become events that the score counts (its
/// trace names the patrol), answers are given once by the window's staff, refusals write nothing.
@Suite struct PatrolDeskTests {
    let fixture: HallFixture
    var desk: PatrolDesk { PatrolDesk(ledger: fixture.ledger, schemes: HallFixture.rules.schemes) }
    var path: String { fixture.folder.appendingPathComponent("onestop.sqlite").path }
    let october = Period("2026-10")!

    init() throws { fixture = try HallFixture() }

    func round(
        _ findings: [PatrolRequest.Finding], windows: [String] = ["1", "3"], patrollers: [String] = ["deputy"],
        at: String = "2026-10-12T09:30"
    ) -> PatrolRequest {
        PatrolRequest(
            at: HallFixture.at(at), patrollers: patrollers, windows: windows, findings: findings, by: "deputy")
    }

    var twoFindings: [PatrolRequest.Finding] {
        [
            .init(window: "3", item: "窗口空岗", note: "10:20 无人，学生 2021040123 等候"),
            .init(window: "1", item: "不佩证", staff: "w01-b1", note: "未佩证", serious: true),
        ]
    }

    /// Expects `body` to be refused with `code`.
    func expectRefusal<T>(
        _ code: ErrorCode, sourceLocation: Testing.SourceLocation = #_sourceLocation, _ body: () throws -> T
    ) {
        let error = #expect(throws: LedgerError.self, sourceLocation: sourceLocation) { _ = try body() }
        let found = error?.code
        #expect(found == code, "\(error?.message ?? "")", sourceLocation: sourceLocation)
    }

    func eventCount() throws -> Int {
        try fixture.ledger.database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM assessment_event") }
            ?? -1
    }

    @Test func findingsBecomeEventsThatTheScoreCountsWithThePatrolInItsTrace() throws {
        defer { fixture.remove() }
        let recorded = try desk.record(round(twoFindings))
        #expect(recorded.findings.count == 2)
        #expect(recorded.patrollers == ["deputy"] && recorded.windows == [1, 3])
        let events = try EventRecording(ledger: fixture.ledger, schemes: HallFixture.rules.schemes).events(in: october)
        #expect(events.map(\.item) == ["discipline.unstaffed", "conduct.violation"])
        #expect(events.map(\.window) == [3, 1] && events[1].staff == "w01-b1" && events[1].serious)
        #expect(events.allSatisfy { $0.note?.hasPrefix("巡查 #\(recorded.patrol.id ?? 0)") == true })
        let scoring = PeriodScoring(ledger: fixture.ledger, rules: HallFixture.rules, catalogFingerprint: "catalog")
        let scored = try scoring.preview(.init(scheme: "wulong-monthly", period: october), at: HallFixture.now)
        guard case .windows(let result) = scored.result else { Issue.record("not a window ranking"); return }
        let third = try #require(result.windows.first { $0.window.number == 3 })
        let first = try #require(result.windows.first { $0.window.number == 1 })
        let unstaffed = try #require(third.deductions.first { $0.item == "discipline.unstaffed" })
        #expect(unstaffed.points == 3 && third.score == 97)
        #expect(unstaffed.events.first?.note?.hasPrefix("巡查 #1：10:20 无人") == true)
        #expect(first.deductions.first { $0.item == "conduct.violation" }?.count == 1)
        #expect(try AuditVerification(databasePath: path).verify().isIntact)
    }

    @Test func theListMasksNotesAndNamesItemsInChinese() throws {
        defer { fixture.remove() }
        _ = try desk.record(round(twoFindings))
        let list = desk.list(try desk.rounds(in: october), mask: try fixture.mask)
        #expect(list.text.contains("2021****23") && !list.text.contains("2021040123"), "\(list.text)")
        #expect(list.text.contains("不佩证、着装不规范、用语及行为不文明"))
        // quanzhou-red-flag names the same id 窗口缺岗…: the round's scheme gives the name.
        #expect(list.patrols.first?.findings.first?.itemName == "窗口空岗", "\(list.text)")
        #expect(list.json.contains("\"item_name\"") && !list.json.contains("2021040123"))
        #expect(try desk.rounds(in: Period("2026-11")!).isEmpty)
        #expect(try desk.rounds(window: 1).first?.findings.map(\.finding.windowNumber) == [1])
    }

    @Test func aWindowAnswersItsFindingOnceAndTheUnansweredListShrinks() throws {
        defer { fixture.remove() }
        let recorded = try desk.record(round(twoFindings))
        let unstaffed = try #require(recorded.findings[0].finding.id)
        let badge = try #require(recorded.findings[1].finding.id)
        let at = HallFixture.at("2026-10-12T11:00")
        #expect(try desk.unanswered().flatMap(\.findings).count == 2)
        expectRefusal(.notWindowStaff) { try desk.answer(finding: unstaffed, answer: "已整改", at: at, by: "w01-b1") }
        expectRefusal(.invalidPatrol) { try desk.answer(finding: badge, answer: "  ", at: at, by: "w01-b1") }
        expectRefusal(.recordNotFound) { try desk.answer(finding: 99, answer: "已整改", at: at, by: "w01-b1") }
        expectRefusal(.timeBeforeLastRecorded) {
            try desk.answer(finding: badge, answer: "已提醒", at: HallFixture.at("2026-10-12T09:00"), by: "w01-b1")
        }
        let answered = try desk.answer(finding: badge, answer: "已提醒佩证上岗", at: at, by: "w01-b1")
        #expect(answered.answer?.answeredBy == "w01-b1")
        expectRefusal(.patrolFindingAnswered) { try desk.answer(finding: badge, answer: "再次", at: at, by: "w01-a") }
        let open = try desk.unanswered().flatMap(\.findings).map(\.finding.id)
        #expect(open == [unstaffed])
        #expect(try desk.unanswered(window: 1).isEmpty)
        _ = try desk.answer(finding: unstaffed, answer: "已安排代岗", at: at, by: "deputy")
        #expect(try desk.unanswered().isEmpty)
        #expect(try AuditVerification(databasePath: path).verify().isIntact)
    }

    @Test func aBadRoundIsRefusedWithItsCodeAndWritesNothing() throws {
        defer { fixture.remove() }
        let ok = [PatrolRequest.Finding(window: "1", item: "窗口空岗")]
        let refusals: [(PatrolRequest, ErrorCode)] = [
            (round(ok, patrollers: []), .invalidPatrol),
            (round(ok, patrollers: ["nobody"]), .unknownStaff),
            (round(ok, windows: []), .invalidPatrol),
            (round(ok, windows: ["99"]), .unknownWindow),
            (round([.init(window: "2", item: "窗口空岗")]), .invalidPatrol),
            (round([.init(window: "1", item: "飞行")]), .unknownItem),
            (round([.init(window: "1", item: "窗口空岗", staff: "w02-a")]), .invalidPatrol),
            (round([.init(window: "1", item: "窗口空岗", note: String(repeating: "长", count: 501))]), .fieldTooLong),
            (round(ok, at: "2027-07-01T09:00"), .timeInFuture),
        ]
        for (request, code) in refusals {
            expectRefusal(code) { try desk.record(request) }
        }
        expectRefusal(.unknownScheme) { try desk.record(round(ok), scheme: "no-such-scheme") }
        #expect(try eventCount() == 0)
        #expect(try desk.rounds().isEmpty)
    }

    @Test func aRoundWithoutFindingsIsKeptAndAPublishedPeriodIsRefused() throws {
        defer { fixture.remove() }
        let quiet = try desk.record(round([]))
        let shown = desk.list([quiet], mask: try fixture.mask).text
        #expect(quiet.findings.isEmpty && shown.contains("未发现问题"))
        let scoring = PeriodScoring(ledger: fixture.ledger, rules: HallFixture.rules, catalogFingerprint: "catalog")
        _ = try scoring.commit(
            .init(scheme: "wulong-monthly", period: october, action: .publish), at: HallFixture.at("2026-11-02T08:00"),
            by: "director")
        expectRefusal(.periodPublished) {
            try desk.record(round([.init(window: "1", item: "窗口空岗")], at: "2026-10-20T09:00"))
        }
        #expect(try eventCount() == 0)
    }
}
