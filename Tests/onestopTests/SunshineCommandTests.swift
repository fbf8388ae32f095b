import Foundation
import Testing

/// `onestop sunshine`: a student's vote counted once, the director's opinions, the standing,
/// and the standing frozen with the published hut-demerits month.
@Suite struct SunshineCommandTests {
    @Test func votesOpinionsStandingAndPublishing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "onestop-sunshine-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("onestop.sqlite").path
        let during = ["ONESTOP_STAFF": "w01-b1", "ONESTOP_NOW": "2026-10-12T09:00"]
        let after = ["ONESTOP_STAFF": "w01-b1", "ONESTOP_NOW": "2026-11-02T09:00"]
        let first = try CommandRunner.run(
            ["sunshine", "vote", "--window", "3", "--student", "2021040123", "--db", db], environment: during)
        #expect(first.status == 0 && first.stdout.contains("已计票"), "\(first.stderr)")
        let again = try CommandRunner.run(
            ["sunshine", "vote", "--window", "5", "--student", "2021040123", "--db", db, "--format", "json"],
            environment: during)
        #expect(again.status != 0)
        let error = try #require(try CommandRunner.json(again.stdout)["error"] as? [String: Any])
        #expect(error["code"] as? String == "sunshine-already-voted")
        #expect((error["message"] as? String)?.contains("只能投一票") == true)
        let late = try CommandRunner.run(
            ["sunshine", "vote", "--window", "3", "--student", "2021040124", "--period", "2026-10", "--db", db],
            environment: after)
        #expect(late.status != 0 && late.stderr.contains("sunshine-not-open"), "\(late.stderr)")
        for (source, score) in [("teachers", "90"), ("hall", "80")] {
            let entered = try CommandRunner.run(
                [
                    "sunshine", "opinion", "--period", "2026-10", "--window", "3", "--source", source, "--score",
                    score, "--by", "director", "--db", db,
                ], environment: after)
            #expect(entered.status == 0 && entered.stdout.contains("已录入"), "\(entered.stderr)")
        }
        let json = try CommandRunner.run(
            ["sunshine", "standing", "--period", "2026-10", "--db", db, "--format", "json"], environment: after)
        let body = try CommandRunner.json(json.stdout)
        #expect(body["total_votes"] as? Int == 1)
        let rows = try #require(body["rows"] as? [[String: Any]])
        let three = try #require(rows.first { ($0["window"] as? [String: Any])?["number"] as? Int == 3 })
        // 100 × 50% + 90 × 30% + 80 × 20% = 93.
        #expect(three["votes"] as? Int == 1 && three["total"] as? Double == 93)
        #expect(!json.stdout.contains("2021040123"))
        let publish = try CommandRunner.run(
            [
                "score", "--scheme", "hut-demerits", "--period", "2026-10", "--publish", "--yes", "--by", "director",
                "--db", db,
            ], environment: after)
        #expect(publish.status == 0 && publish.stdout.contains("阳光窗口评比"), "\(publish.stderr)")
        let frozen = try CommandRunner.run(
            ["sunshine", "standing", "--period", "2026-10", "--db", db], environment: after)
        #expect(frozen.stdout.contains("已发布"), "\(frozen.stdout)")
        let refused = try CommandRunner.run(
            [
                "sunshine", "opinion", "--period", "2026-10", "--window", "3", "--source", "hall", "--score", "60",
                "--by", "director", "--db", db,
            ], environment: after)
        #expect(refused.status != 0 && refused.stderr.contains("period-published"), "\(refused.stderr)")
    }
}
