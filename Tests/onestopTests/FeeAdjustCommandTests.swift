import Foundation
import Testing

/// `cases adjust-fee`: the same Hall operation as the case page's form, the approver from `--by`
/// and their role on the staff list.
@Suite struct FeeAdjustCommandTests {
    @Test func aDeputyWaivesPartOfTheFeeAndTheCaseShowsIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-fee-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("onestop.sqlite").path
        let environment = ["ONESTOP_STAFF": "w01-b1", "ONESTOP_NOW": "2026-09-29T10:00"]
        let accepted = try CommandRunner.run(
            [
                "cases", "accept", "学生证补办", "--window", "1", "--student", "2021040123", "--at", "2026-09-28T09:30",
                "--db", db,
            ], environment: environment)
        try #require(accepted.status == 0, "\(accepted.stderr)")
        let adjusted = try CommandRunner.run(
            [
                "cases", "adjust-fee", "1", "--fee", "工本费", "--amount", "7.5", "--reason", "家庭经济困难", "--by", "deputy",
                "--db", db, "--format", "json",
            ], environment: environment)
        #expect(adjusted.status == 0, "\(adjusted.stderr)")
        let body = try CommandRunner.json(adjusted.stdout)
        #expect(body["amount"] as? String == "7.50" && body["catalog_amount"] as? String == "15")
        #expect(body["approved_by"] as? String == "deputy" && body["approver_role"] as? String == "副主任")
        let shown = try CommandRunner.run(["cases", "show", "1", "--db", db], environment: environment)
        #expect(shown.stdout.contains("费用减免：工本费 7.50 元"))
        let text = try CommandRunner.run(
            [
                "cases", "adjust-fee", "1", "--fee", "工本费", "--amount", "1", "--reason", "再减", "--by", "director",
                "--db", db,
            ], environment: environment)
        #expect(text.stdout.contains("办件 #1 工本费减免 1 元（目录 15 元），由 学生事务中心主任（主任）"), "\(text.stdout)\(text.stderr)")
    }
}
