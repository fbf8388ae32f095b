import Foundation
import Testing

/// The monthly routine through the command line: import events, score, publish.
@Suite struct ScoreCommandTests {
    let folder: URL
    var db: String { folder.appendingPathComponent("onestop.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-score-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func onestop(_ arguments: [String]) throws -> CommandRunner.Output {
        try CommandRunner.run(arguments + ["--db", db])
    }

    func importEvents() throws {
        let csv = """
            date,window,staff,item,count,serious,note,recorded_by
            2026-10-09,1,小王,discipline.late_or_early,2,,巡查,张老师
            2026-10-12,4,小李,attitude.quarrel,1,true,与学生争吵,张老师
            2026-10-30,2,,review.excellent,,,月度评议,张老师

            """
        let file = folder.appendingPathComponent("events.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let output = try onestop(["events", "import", file.path])
        #expect(output.status == 0, "\(output.stderr)")
        let again = try onestop(["events", "import", file.path])
        #expect(again.status == 1 && again.stderr.contains("导入过"))
    }

    @Test func scoreJSONFollowsTheContract() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try importEvents()
        let output = try onestop(["score", "--scheme", "wulong-monthly", "--period", "2026-10", "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let body = try CommandRunner.json(output.stdout)
        #expect(body["scheme"] as? String == "wulong-monthly")
        #expect(body["period"] as? String == "2026-10")
        let windows = try #require(body["windows"] as? [[String: Any]])
        #expect(windows.count == 13)
        let first = try #require(windows.first)
        for key in ["window", "score", "base", "bonus", "categories", "deductions", "rank", "red_flag", "rectify"] {
            #expect(first.keys.contains(key), "\(key)")
        }
        #expect((first["window"] as? [String: Any])?["number"] as? Int == 2)
        #expect(first["score"] as? Double == 110)
        let quarrel = try #require(windows.first { ($0["window"] as? [String: Any])?["number"] as? Int == 4 })
        #expect(quarrel["score"] as? Double == 94)
        let deduction = try #require((quarrel["deductions"] as? [[String: Any]])?.first)
        for key in ["item", "count", "points", "clause", "events"] { #expect(deduction.keys.contains(key), "\(key)") }
    }

    @Test func everyFormatRendersAndHTMLHasTheChart() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try importEvents()
        for format in ["text", "csv", "html"] {
            let output = try onestop(["score", "--scheme", "wulong-monthly", "--period", "2026-10", "--format", format])
            #expect(output.status == 0 && !output.stdout.isEmpty, "\(format)")
        }
        let html = try onestop(["score", "--scheme", "wulong-monthly", "--period", "2026-10", "--format", "html"])
            .stdout
        #expect(html.contains("<svg") && html.contains("红旗窗口") && html.contains("依据"))
        let people = try onestop(["score", "--scheme", "hut-demerits", "--period", "2026-10", "--format", "json"])
        #expect(try CommandRunner.json(people.stdout)["people"] is [Any])
    }

    @Test func aPublishedMonthNeverChanges() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try importEvents()
        let arguments = ["score", "--scheme", "wulong-monthly", "--period", "2026-10"]
        let published = try onestop(arguments + ["--publish", "--format", "json"])
        #expect(published.status == 0, "\(published.stderr)")
        let correction = folder.appendingPathComponent("correction.csv")
        try "date,window,staff,item\n2026-10-20,2,小赵,discipline.absent\n".write(
            to: correction, atomically: true, encoding: .utf8)
        #expect(try onestop(["events", "import", correction.path]).status == 0)
        let later = try onestop(arguments + ["--format", "json"])
        #expect(later.stdout == published.stdout)
        #expect(try onestop(arguments + ["--publish"]).status == 1)
        #expect(try onestop(arguments).stdout.contains("已发布"))
    }

    @Test func unknownSchemeOrBadPeriodIsAClearError() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let scheme = try onestop(["score", "--scheme", "wulong-montly", "--period", "2026-10"])
        #expect(scheme.status == 1 && scheme.stderr.contains("wulong-monthly"))
        #expect(try onestop(["score", "--scheme", "wulong-monthly", "--period", "2026-13"]).status != 0)
    }
}
