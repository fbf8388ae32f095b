import Foundation
import Testing

/// `onestop ratings`: the same Hall operations as the rate pages and /ratings.
@Suite struct RatingsCommandTests {
    @Test func aBadRatingIsFollowedUpAppealedAndReviewedAndOnlyTheDirectorSeesWho() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-rate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("onestop.sqlite").path
        let environment = ["ONESTOP_STAFF": "w01-a", "ONESTOP_NOW": "2026-10-20T10:00"]
        func run(_ arguments: [String], by: String? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
            let result = try CommandRunner.run(
                arguments + ["--db", db] + (by.map { ["--by", $0] } ?? []), environment: environment)
            return (result.status, result.stdout, result.stderr)
        }
        for (case_, time) in [("1", "2026-09-28T09:30"), ("2", "2026-09-28T09:40")] {
            let accepted = try run([
                "cases", "accept", "学生证补办", "--window", "1", "--student", "2021040123", "--at", time,
            ])
            try #require(accepted.status == 0, "\(accepted.stderr)")
            let completed = try run(["cases", "complete", case_, "--at", "2026-09-28T11:00"])
            try #require(completed.status == 0, "\(completed.stderr)")
        }
        let refused = try run([
            "ratings", "add", "1", "--digits", "9999", "--level", "不满意", "--at", "2026-09-30T10:00", "--format", "json",
        ])
        #expect(
            refused.status != 0 && refused.stdout.contains("case-not-rateable"), "\(refused.stdout)\(refused.stderr)")
        let added = try run([
            "ratings", "add", "1", "--digits", "0123", "--level", "不满意", "--reason", "办事效率", "--comment",
            "学号 2021040123 跑了三次", "--online", "--at", "2026-09-30T10:00", "--format", "json",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let rating = try CommandRunner.json(added.stdout)
        #expect(rating["level_text"] as? String == "不满意" && rating["callback_due"] as? String == "2026-10-09")
        #expect(rating["case_id"] == nil && !added.stdout.contains("2021040123"))
        let again = try run(["ratings", "add", "1", "--digits", "0123", "--level", "满意"])
        #expect(again.status != 0 && again.stderr.contains("已评价过"))
        let clerkList = try run(["ratings", "list", "--format", "json"])
        #expect(clerkList.status == 0 && !clerkList.stdout.contains("\"case_id\"") && clerkList.stdout.contains("待回访"))
        let directorList = try run(["ratings", "list", "--format", "json"], by: "director")
        #expect(directorList.stdout.contains("\"case_id\" : 1"), "\(directorList.stdout)")
        let unrated = try run(["ratings", "unrated", "--days", "7", "--format", "json"])
        #expect(
            unrated.status == 0 && unrated.stdout.contains("\"case_id\" : 2")
                && !unrated.stdout.contains("\"case_id\" : 1"))
        let overdue = try run(["cases", "overdue", "--format", "json"])
        #expect(overdue.stdout.contains("rating-callback"), "\(overdue.stdout)")
        let callback = try run(["ratings", "follow-up", "1", "callback", "--note", "电话回访", "--at", "2026-10-12T09:00"])
        #expect(callback.status == 0 && callback.stdout.contains("已回访，待整改"), "\(callback.stdout)\(callback.stderr)")
        let wrongStep = try run(["ratings", "follow-up", "1", "review", "--note", "x"])
        #expect(wrongStep.status != 0)
        let appeal = try run(["ratings", "appeal", "1", "--note", "学生误评", "--at", "2026-10-12T09:30"])
        #expect(appeal.status == 0, "\(appeal.stderr)")
        let byDeputy = try run(["ratings", "review", "1", "upheld", "--note", "查实", "--format", "json"], by: "deputy")
        #expect(byDeputy.status != 0 && byDeputy.stdout.contains("role-not-allowed"), "\(byDeputy.stdout)")
        let badDecision = try run(["ratings", "review", "1", "maybe", "--note", "查实"], by: "director")
        #expect(badDecision.status != 0)
        let review = try run(["ratings", "review", "1", "upheld", "--note", "查实"], by: "director")
        #expect(review.status == 0 && review.stdout.contains("申诉成立"), "\(review.stdout)\(review.stderr)")
        let audit = try run(["audit", "verify"])
        #expect(audit.status == 0, "\(audit.stdout)\(audit.stderr)")
    }
}
