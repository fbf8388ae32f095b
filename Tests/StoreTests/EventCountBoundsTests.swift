import Assessment
import Catalog
import Foundation
import GRDB
import Store
import Testing

/// Event counts: an import refuses a count above what the scheme finds plausible, and scoring
/// never traps on counts that reached the database some other way.
@Suite struct EventCountBoundsTests {
    let fixture: LedgerFixture
    var desk: ScoreDesk { ScoreDesk(ledger: fixture.ledger, rules: LedgerFixture.rules, catalogFingerprint: "catalog") }

    init() throws { fixture = try LedgerFixture() }

    /// Two events at the integer maximum, written straight into the table (events are never
    /// deleted, so a month holding them must still score).
    func storeTwoEventsAtTheIntegerMaximum(item: String, staff: String = "小王") throws {
        try fixture.ledger.database.writer.write { db in
            for day in ["2026-10-09", "2026-10-12"] {
                try db.execute(
                    sql: """
                        INSERT INTO assessment_event (date, window_number, staff, item, count, serious, recorded_by)
                        VALUES (?, 1, ?, ?, ?, 1, '巡查')
                        """, arguments: [day, staff, item, Int.max])
            }
        }
    }

    @Test func twoEventsAtTheIntegerMaximumScoreWithoutTrapping() throws {
        defer { fixture.remove() }
        try storeTwoEventsAtTheIntegerMaximum(item: "attitude.quarrel")
        let month = try desk.score(scheme: "wulong-monthly", period: #require(Period("2026-10")))
        let year = try desk.score(scheme: "wulong-monthly", period: #require(Period("2026")))
        for scored in [month, year] {
            for format in [ScoreFormat.text, .json, .csv, .html] { #expect(!scored.rendered(as: format).isEmpty) }
        }
        guard case .windows(let result) = month.result else {
            throw LedgerError("not a window result", code: .rowInvalid)
        }
        let window = try #require(result.windows.first { $0.window.number == 1 })
        #expect(window.deductions.first?.count == Int.max)
        #expect(window.score == 80)
    }

    @Test func twoDemeritsAtTheIntegerMaximumCountWithoutTrapping() throws {
        defer { fixture.remove() }
        let item = try #require(LedgerFixture.rules.scheme("hut-demerits")?.demeritItems.first?.id)
        try storeTwoEventsAtTheIntegerMaximum(item: item)
        let scored = try desk.score(scheme: "hut-demerits", period: #require(Period("2026-10")))
        #expect(scored.rendered(as: .json).contains("\(Int.max)"))
    }

    func importing(_ rows: String) throws(LedgerError) -> EventBook.ImportResult {
        try fixture.eventBook.importEvents(
            data: Data(("date,window,staff,item,count\n" + rows).utf8), file: "events.csv",
            at: LedgerFixture.at("2026-11-01T09:00"), by: "deputy")
    }

    func storedEvents() throws -> Int {
        try fixture.ledger.database.writer.read {
            try Int.fetchOne($0, sql: "SELECT count(*) FROM assessment_event") ?? 0
        }
    }

    @Test(arguments: [
        ("2026-10-09,1,小王,discipline.absent,101\n", "“count”列"),
        ("2026-10-09,1,小王,discipline.absent,9223372036854775807\n", "“count”列"),
        ("2026-10-09,1,小王,demerit.late_or_early,11\n", "“count”列"),
        ("9999-12-31,1,小王,discipline.absent,1\n", "“date”列"),
        ("1900-01-02,1,小王,discipline.absent,1\n", "“date”列"),
    ])
    func anImplausibleCountOrADateOutsideTheCalendarIsRefused(_ row: String, _ column: String) throws {
        defer { fixture.remove() }
        do {
            _ = try importing("2026-10-09,1,小王,discipline.absent,1\n" + row)
            Issue.record("expected the import to fail")
        } catch {
            #expect(error.message.contains("events.csv 第 3 行，\(column)"), "\(error.message)")
            #expect(!error.message.contains("9223372036854775807"), "\(error.message)")
        }
        #expect(try storedEvents() == 0)
    }

    @Test func theSchemesBoundIsAccepted() throws {
        defer { fixture.remove() }
        #expect(
            try importing("2026-10-09,1,小王,discipline.absent,100\n2026-10-09,1,小王,demerit.late_or_early,10\n").rows == 2
        )
    }

    @Test func aFileBeyondTheRowLimitIsRefusedAtTheFirstRowOver() throws {
        defer { fixture.remove() }
        #expect(EventBook.defaultImportRowLimit == 100_000)
        let csv = "date,window,staff,item\n" + String(repeating: "2026-10-09,1,小王,discipline.absent\n", count: 3)
        do {
            _ = try fixture.eventBook.importEvents(
                data: Data(csv.utf8), file: "events.csv", at: LedgerFixture.at("2026-11-01T09:00"), by: "deputy",
                rowLimit: 2)
            Issue.record("three events went in under a limit of two")
        } catch {
            #expect(error.code == .tooManyRows)
            #expect(error.message.hasPrefix("events.csv 第 4 行："), "\(error.message)")
        }
        #expect(try storedEvents() == 0)
    }

    /// An events file is read whole, so one far larger than any month's events is refused
    /// before it is read (the issue saw 9.3 GB of memory for a 672 MB file).
    @Test func aFileOverTheByteLimitIsRefusedBeforeItIsRead() throws {
        defer { fixture.remove() }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("events-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: path) }
        let csv = "date,window,staff,item\n" + String(repeating: "2026-10-09,1,小王,discipline.absent\n", count: 100)
        try csv.write(to: path, atomically: true, encoding: .utf8)
        do {
            _ = try fixture.eventBook.importEvents(
                path: path.path, at: LedgerFixture.at("2026-11-01T09:00"), by: "deputy", byteLimit: 1_000)
            Issue.record("a file over the byte limit went in")
        } catch {
            #expect(error.code == .fileTooLarge)
        }
        #expect(try storedEvents() == 0)
        let result = try fixture.eventBook.importEvents(
            path: path.path, at: LedgerFixture.at("2026-11-01T09:00"), by: "deputy")
        #expect(result.rows == 100)
    }
}
