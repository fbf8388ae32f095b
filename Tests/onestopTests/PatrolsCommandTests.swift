import Foundation
import Testing

/// `onestop patrols record|list|answer|unanswered`: the text each prints and a refusal each way.
@Suite struct PatrolsCommandTests {
    @Test func aRoundIsRecordedListedAnsweredAndLeavesTheUnansweredList() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "onestop-patrols-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("onestop.sqlite").path
        func run(_ arguments: [String], by: String = "deputy") throws -> CommandRunner.Output {
            try CommandRunner.run(
                ["patrols"] + arguments + ["--db", db, "--by", by], environment: ["ONESTOP_NOW": "2026-10-12T12:00"])
        }
        let recorded = try run([
            "record", "--patroller", "deputy", "--window", "1", "--window", "3", "--finding", "3|窗口空岗||10:20 无人",
            "--finding", "1|不佩证|w01-b1|未佩证", "--serious", "2", "--at", "2026-10-12T10:30",
        ])
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(
            recorded.stdout.hasPrefix("巡查 #1 2026-10-12T10:30 巡查人：学生事务中心副主任 窗口：1号、3号（wulong-monthly）\n"),
            "\(recorded.stdout)")
        #expect(recorded.stdout.contains("发现 #1 3号窗口 窗口空岗：10:20 无人（事件 #1）  未反馈"), "\(recorded.stdout)")
        #expect(recorded.stdout.contains("不佩证、着装不规范、用语及行为不文明：未佩证（情节严重）（事件 #2）"))
        let badItem = try run(["record", "--patroller", "deputy", "--window", "1", "--finding", "1|不存在的项目"])
        #expect(badItem.status != 0 && badItem.stderr.contains("没有这个考核项目"), "\(badItem.stderr)")

        let list = try run(["list", "--period", "2026-10"])
        #expect(list.status == 0 && list.stdout.contains("发现 #2 1号窗口 w01-b1"), "\(list.stdout)")
        #expect(try run(["list", "--period", "2026-11"]).stdout == "没有巡查记录\n")

        let notTheirs = try run(["answer", "1", "已安排代岗", "--at", "2026-10-12T11:00"], by: "w01-a")
        #expect(notTheirs.status != 0 && notTheirs.stderr.contains("不是该窗口的工作人员"), "\(notTheirs.stderr)")
        let answered = try run(["answer", "1", "已安排代岗", "--at", "2026-10-12T11:00"], by: "w03-a")
        #expect(answered.status == 0, "\(answered.stderr)")
        #expect(answered.stdout.contains("发现 #1 3号窗口 窗口空岗：10:20 无人（事件 #1）  已反馈（w03-a 2026-10-12T11:00）：已安排代岗"))

        let unanswered = try run(["unanswered"])
        #expect(unanswered.status == 0 && unanswered.stdout.contains("发现 #2") && !unanswered.stdout.contains("发现 #1 "))
        let none = try run(["unanswered", "--window", "3"])
        #expect(none.stdout == "没有巡查记录\n", "\(none.stdout)")
    }
}
