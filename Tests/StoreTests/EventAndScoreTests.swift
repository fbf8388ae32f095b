import Assessment
import Catalog
import Foundation
import GRDB
import Store
import Testing

/// Events in the database, overdue days from real ledger entries, and published rankings.
@Suite struct EventAndScoreTests {
    let fixture: LedgerFixture
    let schemes = LedgerFixture.rules.schemes
    var book: EventBook { fixture.eventBook }

    init() throws { fixture = try LedgerFixture() }

    func importing(_ text: String, file: String = "events.csv", allowDuplicates: Bool = false) throws(LedgerError)
        -> EventBook.ImportResult
    {
        try book.importEvents(
            data: Data(text.utf8), file: file, at: LedgerFixture.at("2026-11-01T09:00"), by: "deputy",
            allowDuplicates: allowDuplicates)
    }

    static let header = "date,window,staff,item,count,serious,note,recorded_by\n"
    static let good =
        header + """
            2026-10-09,1,小王,discipline.late_or_early,2,,巡查,张老师
            2026-10-12,1,小王,attitude.quarrel,1,true,与学生争吵,张老师
            2026-10-30,2,,review.excellent,,,月度评议,张老师

            """

    func eventCount() throws -> Int {
        try fixture.ledger.database.writer.read {
            try Int.fetchOne($0, sql: "SELECT count(*) FROM assessment_event") ?? 0
        }
    }

    @Test func importsCSVWithDefaultsAndListsByPeriod() throws {
        defer { fixture.remove() }
        #expect(try importing(Self.good).rows == 3)
        let events = try book.list(period: Period("2026-10"))
        #expect(events.count == 3)
        #expect(events.first { $0.item == "review.excellent" }?.count == 1)
        #expect(events.first { $0.item == "attitude.quarrel" }?.serious == true)
        #expect(try book.list(period: Period("2026-09")).isEmpty)
    }

    @Test func importsTheSameAsYAML() throws {
        defer { fixture.remove() }
        let yaml = """
            events:
              - {date: "2026-10-09", window: 1, staff: 小王, item: discipline.late_or_early, count: 2}
              - {date: "2026-10-12", window: 4, staff: 小李, item: attitude.complaint, serious: true}

            """
        #expect(try importing(yaml, file: "events.yaml").rows == 2)
        #expect(throws: LedgerError.self) {
            try importing("- {date: 2026-10-09, window: 1, item: x, colour: red}\n", file: "e.yaml")
        }
    }

    @Test(arguments: [
        ("2026-10-32,1,小王,discipline.absent,1,,,", "“date”列"),
        ("2026-10-09,99,小王,discipline.absent,1,,,", "“window”列"),
        ("2026-10-09,1,小王,discipline.absnet,1,,,", "“item”列"),
        ("2026-10-09,1,小王,discipline.absent,-1,,,", "“count”列"),
        ("2026-10-09,1,小王,discipline.absent,1,yes,,", "“serious”列"),
        ("2026-10-09,1,小王,quality.overdue,1,,,", "“item”列"),
    ])
    func aBadRowStopsTheImportWithItsRowAndNothingIsWritten(_ row: String, _ column: String) throws {
        defer { fixture.remove() }
        do {
            _ = try importing(Self.header + "2026-10-09,1,小王,discipline.absent,1,,,\n" + row + "\n")
            Issue.record("expected the import to fail")
        } catch {
            #expect(error.message.contains("第 3 行，\(column)"), "\(error.message)")
        }
        #expect(try eventCount() == 0)
    }

    @Test func theSameRowsTwiceAreRefusedUnlessAllowed() throws {
        defer { fixture.remove() }
        _ = try importing(Self.good)
        #expect(throws: LedgerError.self) { try importing(Self.good, file: "again.csv") }
        #expect(try importing(Self.good, allowDuplicates: true).rows == 3)
        #expect(try eventCount() == 6)
    }

    @Test func overdueDaysFromTheLedgerAcrossNationalDayAreDeductedInTheirMonth() throws {
        defer { fixture.remove() }
        // 5 working days from 09-21 (09-25 is Mid-autumn): due 09-29. Completed 10-12: overdue
        // 09-30 (September), 10-08, 10-09, 10-10 (a worked Saturday) and 10-12 (October).
        let id = try #require(try fixture.accept("dorm-bed-change", at: "2026-09-21T09:00").id)
        _ = try fixture.ledger.complete(id, at: LedgerFixture.at("2026-10-12T16:00"), by: "w01-a")
        let overdue = try fixture.ledger.overdueDaysByWindow(through: #require(CivilDate("2026-10-31")))
        let windows = LedgerFixture.catalog.windowsByNumber.map {
            ScoreResult.WindowRef(number: $0.number, name: $0.name)
        }
        let scheme = try #require(schemes.first { $0.id == "wulong-monthly" })
        let assessor = Assessor(
            scorer: WindowScorer(scheme: scheme, windows: windows, events: [], overdueDays: overdue))
        let october = try assessor.score(#require(Period("2026-10")))
        let september = try assessor.score(#require(Period("2026-09")))
        let octoberOverdue = october.windows.first { $0.window.number == 1 }?.deductions.first {
            $0.item == "quality.overdue"
        }
        #expect(octoberOverdue?.count == 4)
        #expect(octoberOverdue?.points == 12)
        #expect(september.windows.first { $0.window.number == 1 }?.score == 97)
    }

    @Test func aPublishedRankingNeverChanges() throws {
        defer { fixture.remove() }
        _ = try importing(Self.good)
        let published = PublishedScores(database: fixture.ledger.database)
        let record = try published.publish(
            scheme: "wulong-monthly", period: "2026-10", resultJSON: "{}", catalogFingerprint: "c",
            rulesFingerprint: "r",
            at: LedgerFixture.at("2026-11-05T10:00"), by: "director")
        #expect(try published.find(scheme: "wulong-monthly", period: "2026-10")?.record.id == record.id)
        #expect(throws: LedgerError.self) {
            try published.publish(
                scheme: "wulong-monthly", period: "2026-10", resultJSON: "{\"x\":1}", catalogFingerprint: "c",
                rulesFingerprint: "r", at: LedgerFixture.at("2026-11-06T10:00"), by: "director")
        }
        try fixture.ledger.database.writer.write { db in
            #expect(throws: (any Error).self) { try db.execute(sql: "UPDATE published_score SET result = 'x'") }
            #expect(throws: (any Error).self) { try db.execute(sql: "DELETE FROM published_score") }
            #expect(throws: (any Error).self) { try db.execute(sql: "DELETE FROM assessment_event") }
        }
    }
}
