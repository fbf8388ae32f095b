import Foundation
import Testing

/// Who and when, through the command line: `--by` must be on the staff list, and no
/// operation is dated before what the case records or after the hall's clock.
@Suite struct LedgerTimelineCommandTests {
    let folder: URL
    var db: String { folder.appendingPathComponent("onestop.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-timeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func onestop(_ arguments: [String], environment: [String: String] = ["ONESTOP_STAFF": "w01-b1"]) throws
        -> CommandRunner.Output
    {
        try CommandRunner.run(arguments + ["--db", db], environment: environment)
    }

    let accept = ["cases", "accept", "学生证补办", "--window", "1", "--student", "2021040123", "--at", "2026-09-28T09:30"]

    @Test func theActorIsAMemberOfStaffFoundByOptionThenEnvironment() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let stranger = try onestop(accept + ["--by", "随便谁"])
        #expect(stranger.status == 1 && stranger.stderr.contains("“随便谁”不在大厅的工作人员名单中"), "\(stranger.stderr)")
        let unnamed = try onestop(accept, environment: ["ONESTOP_STAFF": "", "USER": "root"])
        #expect(unnamed.status == 1 && unnamed.stderr.contains("ONESTOP_STAFF"), "\(unnamed.stderr)")
        // A login name that is a staff id is taken when nothing else says who acts.
        #expect(try onestop(accept, environment: ["USER": "w01-b2"]).status == 0)
        #expect(try onestop(accept).status == 0)
        let shown = try CommandRunner.json(onestop(["cases", "show", "2", "--format", "json"]).stdout)
        let history = try #require(shown["history"] as? [[String: Any]])
        #expect(history.first?["actor"] as? String == "w01-b1")
    }

    @Test func aBackDatedOrFutureOperationIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try onestop(accept).status == 0)
        #expect(try onestop(["cases", "pause", "1", "--reason", "缺照片", "--at", "2026-10-12T10:00"]).status == 0)
        #expect(try onestop(["cases", "resume", "1", "--at", "2026-10-14T10:00"]).status == 0)
        let backDated = try onestop(["cases", "complete", "1", "--at", "2026-09-29T10:00"])
        #expect(backDated.status == 1 && backDated.stderr.contains("早于办件 1 最近一次登记的时间 2026-10-14T10:00"))
        let future = try onestop(["cases", "complete", "1", "--at", "9999-12-31T10:00"])
        #expect(future.status == 1 && future.stderr.contains("晚于当前时间"), "\(future.stderr)")
        let overdue = try onestop(["cases", "overdue", "--as-of", "2026-10-31"])
        #expect(overdue.stdout.contains("#1"), "\(overdue.stdout)")
    }
}
