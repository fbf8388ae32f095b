import Assessment
import Catalog
import Foundation
import GRDB
import Store
import Testing

/// Issue 9: only ended periods are published, published periods refuse new events unless they
/// come as a correction, a director's correction keeps the published result, year roll-ups use
/// the published months, and events carry the staff member's post.
@Suite struct PublishingTests {
    let fixture: LedgerFixture
    let rules = LedgerFixture.rules
    var book: EventBook { fixture.eventBook }
    var desk: ScoreDesk { ScoreDesk(ledger: fixture.ledger, rules: rules, catalogFingerprint: "catalog") }
    let october = Period("2026-10")!

    init() throws { fixture = try LedgerFixture() }

    @discardableResult
    func importing(_ rows: String, correction: Bool = false) throws(LedgerError) -> EventBook.ImportResult {
        try book.importEvents(
            data: Data(("date,window,staff,post,item,count\n" + rows).utf8), file: "events.csv",
            at: LedgerFixture.at("2026-11-01T09:00"), by: "deputy", correction: correction)
    }

    func windows(_ scored: ScoreDesk.Scored) throws -> ScoreResult {
        guard case .windows(let result) = scored.result else {
            throw LedgerError("not a window result", code: .rowInvalid)
        }
        return result
    }

    @Test func aPeriodThatHasNotEndedCannotBePublished() throws {
        defer { fixture.remove() }
        #expect(throws: LedgerError.self) {
            try desk.publish(
                scheme: "wulong-monthly", period: october, at: LedgerFixture.at("2026-10-31T17:00"), by: "director")
        }
        #expect(throws: LedgerError.self) {
            try desk.publish(
                scheme: "wulong-monthly", period: Period("2026")!, at: LedgerFixture.at("2026-12-01T09:00"),
                by: "director")
        }
        let published = try desk.publish(
            scheme: "wulong-monthly", period: october, at: LedgerFixture.at("2026-11-01T08:00"), by: "director")
        #expect(published.publication?.record.publishedBy == "director")
        #expect(throws: LedgerError.self) {
            try desk.publish(
                scheme: "wulong-monthly", period: october, at: LedgerFixture.at("2026-11-02T08:00"), by: "director")
        }
    }

    @Test func eventsInAPublishedPeriodAreRefusedUnlessImportedAsACorrection() throws {
        defer { fixture.remove() }
        try importing("2026-10-09,1,小王,B,discipline.late_or_early,1\n")
        _ = try desk.publish(
            scheme: "wulong-monthly", period: october, at: LedgerFixture.at("2026-11-02T08:00"), by: "director")
        do {
            try importing("2026-11-03,2,小李,,discipline.absent,1\n2026-10-20,2,小李,,discipline.absent,1\n")
            Issue.record("expected the import to be refused")
        } catch {
            #expect(error.message.contains("第 3 行") && error.message.contains("已发布的 wulong-monthly 2026-10"))
        }
        #expect(try book.list().count == 1)
        #expect(try importing("2026-10-20,2,小李,,discipline.absent,1\n", correction: true).rows == 1)
        // The published month is unchanged by the correction's event until a director corrects it.
        let published = try windows(desk.score(scheme: "wulong-monthly", period: october))
        #expect(published.windows.first { $0.window.number == 2 }?.score == 100)
    }

    @Test func aDirectorsCorrectionKeepsThePublishedResultAndSaysWhoAndWhy() throws {
        defer { fixture.remove() }
        #expect(throws: LedgerError.self) {
            try desk.correct(
                scheme: "wulong-monthly", period: october, at: LedgerFixture.at("2026-11-05T08:00"), by: "director",
                reason: "漏录")
        }
        _ = try desk.publish(
            scheme: "wulong-monthly", period: october, at: LedgerFixture.at("2026-11-02T08:00"), by: "director")
        try importing("2026-10-20,2,小李,,discipline.absent,1\n", correction: true)
        #expect(throws: LedgerError.self) {
            try desk.correct(
                scheme: "wulong-monthly", period: october, at: LedgerFixture.at("2026-11-05T08:00"), by: "director",
                reason: "  ")
        }
        let corrected = try desk.correct(
            scheme: "wulong-monthly", period: october, at: LedgerFixture.at("2026-11-05T08:00"), by: "director",
            reason: "10月20日旷工漏录")
        #expect(try windows(corrected).windows.first { $0.window.number == 2 }?.score == 95)
        let publication = try #require(corrected.publication)
        #expect(publication.label(naming: { $0 == "director" ? "学生事务中心主任" : $0 }).contains("学生事务中心主任更正（10月20日旷工漏录）"))
        let original = try ScoreJSON.decode(ScoreResult.self, from: publication.record.result)
        #expect(original.windows.first { $0.window.number == 2 }?.score == 100)
        try fixture.ledger.database.writer.write { db in
            #expect(throws: (any Error).self) {
                try db.execute(sql: "UPDATE published_score_correction SET reason = 'x'")
            }
            #expect(throws: (any Error).self) { try db.execute(sql: "DELETE FROM published_score_correction") }
        }
    }

    @Test func theYearRollsUpThePublishedMonths() throws {
        defer { fixture.remove() }
        _ = try desk.publish(
            scheme: "wulong-monthly", period: october, at: LedgerFixture.at("2026-11-02T08:00"), by: "director")
        try importing("2026-10-20,2,小李,,discipline.absent,1\n2026-11-20,3,小赵,,discipline.absent,1\n", correction: true)
        let year = try windows(desk.score(scheme: "wulong-monthly", period: Period("2026")!))
        #expect(year.windows.first { $0.window.number == 2 }?.periods?["2026-10"] == 100)
        #expect(year.windows.first { $0.window.number == 3 }?.periods?["2026-11"] == 95)
        #expect(year.notes?.first?.contains("2026-11") == true)
        #expect(year.notes?.first?.contains("未发布") == true)
    }

    @Test func aPublishedRankingKeepsItsTitlesAndTies() throws {
        defer { fixture.remove() }
        try importing("2026-10-30,1,,,review.excellent,1\n2026-10-30,2,,,review.good,1\n")
        _ = try desk.publish(
            scheme: "wulong-monthly", period: october, at: LedgerFixture.at("2026-11-02T08:00"), by: "director")
        let text = try desk.score(scheme: "wulong-monthly", period: october).rendered(as: .text)
        #expect(text.contains("已发布"))
        #expect(text.contains("红旗窗口"))
        #expect(text.contains("并列 3."))
    }

    @Test func eventsCarryThePostOfTheStaffMember() throws {
        defer { fixture.remove() }
        try importing("2026-10-09,1,小王,B,demerit.late_or_early,2\n2026-10-09,1,王老师,A岗,demerit.late_or_early,2\n")
        #expect(try book.list().map(\.post) == [.b, .a])
        do {
            try importing("2026-10-09,1,小王,C,demerit.late_or_early,2\n")
            Issue.record("expected post C to be refused")
        } catch {
            #expect(error.message.contains("第 2 行，“post”列"))
        }
        guard case .people(let people) = try desk.score(scheme: "hut-demerits", period: october).result else {
            Issue.record("expected people")
            return
        }
        #expect(people.people.first { $0.staff == "小王" }?.wageCut == 1)
        #expect(people.people.first { $0.staff == "王老师" }?.wageCut == 0)
    }

    @Test func casesCompletedInTheMonthAreCountedForTheTieBreaker() throws {
        defer { fixture.remove() }
        let id = try #require(try fixture.accept("student-id-replacement", window: 1, at: "2026-10-09T09:30").id)
        _ = try fixture.ledger.complete(id, at: LedgerFixture.at("2026-10-12T16:00"), by: "w01-a")
        let result = try windows(desk.score(scheme: "wulong-monthly", period: october))
        #expect(result.windows.first?.window.number == 1)
        #expect(result.windows.first?.casesHandled == 1)
        #expect(result.windows.first?.tied == false)
    }
}
