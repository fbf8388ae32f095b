import Foundation
import Testing

/// `calendar import`, `due`, `notice` and `cases accept` when the calendar runs out.
@Suite struct CalendarCommandTests {
    let folder: URL
    var calendarFile: URL { folder.appendingPathComponent("catalog/calendars/cn-national.yaml") }
    var db: String { folder.appendingPathComponent("onestop.sqlite").path }

    static let notices = CommandRunner.repository.appendingPathComponent("Tests/CatalogTests/Fixtures/holiday-notices")

    /// A copy of the shipped catalog in a fresh folder.
    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-calendar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: CommandRunner.repository.appendingPathComponent("catalog"), to: folder.appendingPathComponent("catalog")
        )
    }

    func onestop(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandRunner.Output {
        try CommandRunner.run(arguments, in: folder, environment: environment)
    }

    func notice(_ name: String) -> String { Self.notices.appendingPathComponent("\(name).txt").path }

    func calendarText() throws -> String { try String(contentsOf: calendarFile, encoding: .utf8) }

    @Test func presentYearIsComparedAndLeftAlone() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try calendarText()
        for year in ["2024", "2025", "2026"] {
            let output = try onestop(["calendar", "import", notice(year)])
            #expect(output.status == 0, "\(output.stderr)")
            #expect(output.stdout.contains("已有\(year)年，与通知完全一致，未作改动"))
        }
        #expect(try calendarText() == before)
    }

    @Test func newYearNeedsConfirmationAndIsWrittenWithYes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try calendarText()
        let refused = try onestop(["calendar", "import", notice("invented-2027")])
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("春节  2027-02-05（星期五） 至 2027-02-12（星期五），8天"))
        #expect(refused.stderr.contains("--yes"))
        #expect(try calendarText() == before)

        let written = try onestop(["calendar", "import", notice("invented-2027"), "--yes"])
        #expect(written.status == 0, "\(written.stderr)")
        let after = try calendarText()
        #expect(after.hasPrefix(before.trimmingCharacters(in: .newlines)))
        #expect(after.contains("        - {date: \"2027-02-20\", reason: 春节调休上班}"))
        let check = try onestop(["check", "--at", "2026-12-01", "--strict"])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(!check.stdout.contains("calendar-ending"))
        let again = try onestop(["calendar", "import", notice("invented-2027"), "--yes"])
        #expect(again.stdout.contains("与通知完全一致"))
        #expect(try calendarText() == after)
    }

    @Test func badNoticeWritesNothing() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try calendarText()
        let text = try String(contentsOfFile: notice("invented-2027"), encoding: .utf8)
            .replacingOccurrences(of: "共8天", with: "共9天")
        let bad = folder.appendingPathComponent("bad.txt")
        try text.write(to: bad, atomically: true, encoding: .utf8)
        let output = try onestop(["calendar", "import", bad.path, "--yes"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("[notice-wrong-count]"))
        #expect(output.stderr.contains("第8行：春节写明共9天，但列出的放假日为8天"))
        #expect(try calendarText() == before)
    }

    @Test func dueNoticeAndAcceptSayWhenADateIsProvisional() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let note = "暂按法定节假日推算，待公布调休安排后确认"
        let due = try onestop(["due", "--accepted", "2026-12-30", "--working-days", "5"])
        #expect(due.stdout == "2027-01-07（\(note)）\n")
        let dueJSON = try CommandRunner.json(
            onestop(["due", "--accepted", "2026-12-30", "--working-days", "5", "--format", "json"]).stdout)
        #expect(dueJSON["provisional"] as? Bool == true)
        let settled = try onestop(["due", "--accepted", "2026-11-23", "--working-days", "5"])
        #expect(settled.stdout == "2026-11-30\n")

        let printed = try onestop(["notice", "学生证补办", "--accepted", "2027-01-04T10:00", "--format", "html"])
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(printed.stdout.contains(note))

        // Accepted in 2027, so the hall's clock must have reached it.
        let accepted = try onestop(
            [
                "cases", "accept", "学生证补办", "--window", "1", "--student", "2021040123", "--at", "2027-01-29T10:00",
                "--db", db,
            ], environment: ["ONESTOP_NOW": "2027-01-29T10:05", "ONESTOP_STAFF": "w01-b1"])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(accepted.stdout.contains("应于 2027-02-09 前办结（\(note)）"))

        let imported = try onestop([
            "calendar", "import", notice("invented-2027"), "--yes", "--db", db, "--by", "director", "--at",
            "2026-12-01T09:00",
        ])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("办件 #1  期限 2027-02-09 → 2027-02-15"))
        let body = try CommandRunner.json(onestop(["cases", "show", "1", "--db", db, "--format", "json"]).stdout)
        let shown = try #require(body["case"] as? [String: Any])
        #expect(shown["due"] as? String == "2027-02-15")
        #expect(shown["due_provisional"] as? Bool == false)
        let history = try #require(body["history"] as? [[String: Any]])
        #expect((history.last?["action"] as? String)?.hasPrefix("recompute-due") == true)
        let again = try onestop(["calendar", "recompute", "--db", db, "--by", "director"])
        #expect(again.stdout.contains("没有需要重算期限的记录"))
    }
}
