import Foundation
import Testing

/// Dates, times and closed choices are parsed into their types: a bad value is refused, in
/// Chinese, before anything runs (`cases queue --day banana` once printed today's queue).
@Suite struct OptionParsingTests {
    static let refused: [[String]] = [
        ["cases", "queue", "--day", "banana"],
        ["cases", "overdue", "--as-of", "2026-02-30"],
        ["cases", "accept", "学生证补办", "--window", "1", "--student", "2023001", "--at", "banana"],
        ["cases", "accept", "学生证补办", "--window", "1", "--student", "2023001", "--post", "C"],
        ["cases", "list", "--status", "done"],
        ["cases", "pause", "1", "--at", "2026-10-12T25:00"],
        ["due", "--accepted", "banana", "--working-days", "3"],
        ["due", "--accepted", "2026-10-12", "--working-days", "3", "--completed", "tomorrow"],
        ["notice", "学生证补办", "--accepted", "2026-10-12T9:30"],
        ["complaints", "add", "窗口办事太慢", "--about", "1", "--at", "yesterday"],
        ["notice", "学生证补办", "--fact", "学生类别"],
        ["cases", "accept", "学生证补办", "--window", "1", "--student", "2023001", "--material", "id_card"],
        ["events", "list", "--period", "2026-13"],
    ]

    @Test(arguments: refused)
    func refusesABadValue(arguments: [String]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("options-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let output = try CommandRunner.run(
            arguments + ["--catalog", CommandRunner.repository.appendingPathComponent("catalog").path], in: folder)
        #expect(output.status == 64)
        #expect(output.stdout == "")
        #expect(output.stderr.hasPrefix("错误："), "\(output.stderr)")
        #expect(output.stderr.contains("不是 --"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [], "nothing is written")
    }

    @Test func listsTheChoicesOfAClosedOption() throws {
        let output = try CommandRunner.run([
            "cases", "accept", "学生证补办", "--window", "1", "--student", "1", "--post", "C",
        ])
        #expect(output.stderr.contains("“C”不是 --post 的有效值；可选值：A、B"))
    }

    /// `--post` takes the post as a file's post column does, and stores its id.
    @Test(arguments: ["A", "a", "A岗"])
    func takesThePostAsWrittenInFiles(post: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("post-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try CommandRunner.run(
            [
                "cases", "accept", "学生证补办", "--window", "1", "--student", "2021040123", "--at", "2026-09-28T09:30",
                "--post", post, "--by", "w01-a", "--db", folder.appendingPathComponent("ledger.sqlite").path,
                "--format", "json",
                "--catalog", CommandRunner.repository.appendingPathComponent("catalog").path,
            ], in: folder)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("\"post\" : \"A\""), "\(output.stdout)")
    }
}
