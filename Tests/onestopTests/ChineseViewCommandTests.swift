import Foundation
import Testing

/// What window staff read through the command line is in Chinese: the trail of `cases show`
/// and the facts `route` recognises.
@Suite struct ChineseViewCommandTests {
    @Test func casesShowNamesTheTrailAndWhoActed() throws {
        let db = FileManager.default.temporaryDirectory.appendingPathComponent(
            "onestop-trail-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: db) }
        func onestop(_ arguments: [String]) throws -> CommandRunner.Output {
            try CommandRunner.run(arguments + ["--db", db.path], environment: ["ONESTOP_STAFF": "w01-b1"])
        }
        let accepted = try onestop([
            "cases", "accept", "学生证补办", "--window", "1", "--student", "2021040123", "--at", "2026-09-28T09:30",
        ])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(try onestop(["cases", "pause", "1", "--reason", "缺照片", "--at", "2026-09-28T09:40"]).status == 0)
        #expect(try onestop(["cases", "resume", "1", "--at", "2026-09-28T10:00"]).status == 0)
        let shown = try onestop(["cases", "show", "1"])
        #expect(shown.status == 0, "\(shown.stderr)")
        for line in [
            "2026-09-28T09:30  1号窗口B岗学生助理1  受理", "2026-09-28T09:40  1号窗口B岗学生助理1  暂停：缺照片",
            "2026-09-28T10:00  1号窗口B岗学生助理1  恢复",
        ] {
            #expect(shown.stdout.contains(line), "\(shown.stdout)")
        }
        #expect(!shown.stdout.contains("accept") && !shown.stdout.contains("pause"), "\(shown.stdout)")
    }

    @Test func routeShowsRecognisedFactsByName() throws {
        let output = try CommandRunner.run(["route", "研究生学生证丢了"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("识别到的情况：培养层次=研究生"), "\(output.stdout)")
        #expect(!output.stdout.contains("applicant.level"))
    }
}
