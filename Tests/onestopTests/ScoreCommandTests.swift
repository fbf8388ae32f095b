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
        try CommandRunner.run(arguments + ["--db", db], environment: ["ONESTOP_STAFF": "clerk"])
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

    /// A rules folder without schemes (e.g. `--rules rules/assessment`) is named as the problem,
    /// not answered with an empty list of schemes.
    @Test func aRulesFolderWithoutSchemesSaysSo() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try onestop([
            "score", "--scheme", "wulong-monthly", "--period", "2026-10", "--rules", folder.path,
        ])
        #expect(output.status == 1)
        #expect(output.stderr.contains("assessment/ 下没有任何考核方案"), "\(output.stderr)")
        #expect(!output.stderr.hasSuffix("现有方案：\n"))
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
        let published = try onestop(arguments + ["--publish", "--yes", "--at", "2026-11-02T09:00", "--format", "json"])
        #expect(published.status == 0, "\(published.stderr)")
        let correction = folder.appendingPathComponent("correction.csv")
        try "date,window,staff,item\n2026-10-20,2,小赵,discipline.absent\n".write(
            to: correction, atomically: true, encoding: .utf8)
        let refused = try onestop(["events", "import", correction.path])
        #expect(refused.status == 1 && refused.stderr.contains("已发布"), "\(refused.stderr)")
        #expect(try onestop(["events", "import", correction.path, "--correction"]).status == 0)
        let later = try onestop(arguments + ["--format", "json"])
        #expect(later.stdout == published.stdout)
        #expect(try onestop(arguments + ["--publish", "--yes", "--at", "2026-11-03T09:00"]).status == 1)
        #expect(try onestop(arguments).stdout.contains("已发布"))
    }

    @Test func publishShowsWhatWillBeFrozenAndNeedsYes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try importEvents()
        let arguments = ["score", "--scheme", "wulong-monthly", "--period", "2026-10", "--at", "2026-11-02T09:00"]
        let preview = try onestop(arguments + ["--publish"])
        #expect(preview.status == 1)
        #expect(preview.stdout.contains("2号") && preview.stderr.contains("--yes") && preview.stderr.contains("尚未发布"))
        #expect(!(try onestop(arguments)).stdout.contains("已发布"))
        let early = try onestop([
            "score", "--scheme", "wulong-monthly", "--period", "2026-11", "--publish", "--yes", "--at",
            "2026-11-20T09:00",
        ])
        #expect(early.status == 1 && early.stderr.contains("未结束"), "\(early.stderr)")
        #expect(try onestop(arguments + ["--publish", "--yes"]).status == 0)
        #expect(try onestop(arguments).stdout.contains("已发布"))
    }

    @Test func aDirectorCorrectsAPublishedMonthWithAReason() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try importEvents()
        let arguments = ["score", "--scheme", "wulong-monthly", "--period", "2026-10", "--at", "2026-11-02T09:00"]
        #expect(try onestop(arguments + ["--publish", "--yes"]).status == 0)
        #expect(try onestop(arguments + ["--correct", "--yes", "--by", "director"]).status != 0)
        let corrected = try onestop(arguments + ["--correct", "--reason", "评议漏录", "--by", "director", "--yes"])
        #expect(corrected.status == 0, "\(corrected.stderr)")
        #expect(try onestop(arguments).stdout.contains("学生事务中心主任（director）更正（评议漏录）"))
    }

    @Test func eventsTakeThePostAndTheWageCutFollowsIt() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("demerits.csv")
        try """
        date,window,staff,post,item,count
        2026-10-09,1,小王,B,demerit.late_or_early,2
        2026-10-09,1,王老师,A,demerit.late_or_early,2

        """.write(to: file, atomically: true, encoding: .utf8)
        #expect(try onestop(["events", "import", file.path]).status == 0)
        let text = try onestop(["score", "--scheme", "hut-demerits", "--period", "2026-10"]).stdout
        #expect(text.contains("小王（B岗）  记过2次  当月工资每小时调低1元"), "\(text)")
        #expect(text.contains("王老师（A岗）  记过2次\n"), "\(text)")
        let semester = try onestop(["score", "--scheme", "hut-demerits", "--period", "2026-S1"]).stdout
        #expect(!semester.contains("当月") && semester.contains("2026-10 各月工资"), "\(semester)")
    }

    @Test func unknownSchemeOrBadPeriodIsAClearError() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let scheme = try onestop(["score", "--scheme", "wulong-montly", "--period", "2026-10"])
        #expect(scheme.status == 1 && scheme.stderr.contains("wulong-monthly"))
        #expect(try onestop(["score", "--scheme", "wulong-monthly", "--period", "2026-13"]).status != 0)
    }
}
