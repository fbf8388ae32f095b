import Foundation
import Testing

/// `onestop quality`: the Hall's report in each format, on a ledger the CLI wrote.
@Suite struct QualityCommandTests {
    @Test func aLateCaseFallsShortOfTheOnTimeTargetInEveryFormat() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "onestop-quality-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("onestop.sqlite").path
        let environment = ["ONESTOP_STAFF": "w01-a", "ONESTOP_NOW": "2026-11-02T10:00"]
        let accepted = try CommandRunner.run(
            [
                "cases", "accept", "学生证补办", "--window", "1", "--student", "2021040123", "--at", "2026-09-28T09:00",
                "--db", db,
            ], environment: environment)
        try #require(accepted.status == 0, "\(accepted.stderr)")
        let completed = try CommandRunner.run(
            ["cases", "complete", "1", "--at", "2026-10-12T10:00", "--db", db], environment: environment)
        try #require(completed.status == 0, "\(completed.stderr)")
        let json = try CommandRunner.run(
            ["quality", "--period", "2026-10", "--db", db, "--format", "json"], environment: environment)
        #expect(json.status == 0, "\(json.stderr)")
        let body = try CommandRunner.json(json.stdout)
        #expect(body["period"] as? String == "2026-10")
        let windows = try #require(body["windows"] as? [[String: Any]])
        let one = try #require(windows.first { ($0["window"] as? [String: Any])?["number"] as? Int == 1 })
        #expect(one["cases"] as? Int == 1 && one["on_time_rate"] as? Double == 0)
        #expect(one["accuracy_rate"] as? Double == 1)
        #expect(one["satisfaction_rate"] is NSNull && one["ratings"] as? Int == 0)
        #expect((one["shortfalls"] as? [[String: Any]])?.map { $0["measure"] as? String } == ["on_time_rate"])
        let text = try CommandRunner.run(["quality", "--period", "2026-10", "--db", db], environment: environment)
        #expect(text.stdout.contains("未达标：按时办结率 0% 低于目标 100%"), "\(text.stdout)")
        let csv = try CommandRunner.run(
            ["quality", "--period", "2026-10", "--db", db, "--format", "csv"], environment: environment)
        #expect(csv.stdout.contains("2026-10,1,"))
        let html = try CommandRunner.run(
            ["quality", "--period", "2026-10", "--db", db, "--format", "html"], environment: environment)
        #expect(html.stdout.contains("<main id=\"quality\">") && html.stdout.contains("<svg"))
    }

    @Test func aBadPeriodIsRefusedWithTheFormsItTakes() throws {
        let bad = try CommandRunner.run(["quality", "--period", "2026-13"])
        #expect(bad.status != 0 && bad.stderr.contains("“2026-13”不是有效的考核期间"), "\(bad.stderr)")
    }
}
