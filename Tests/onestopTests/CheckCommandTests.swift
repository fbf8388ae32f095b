import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func shippedCatalogHasNoErrorAndListsAssumedValues() throws {
        let output = try CommandRunner.run(["check", "--notes", "--at", "2026-10-01"])
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.contains("note: 假定值 "))
        #expect(output.stdout.contains("[assumed-value]"))
        #expect(output.stdout.contains("检查完成：0 个错误，0 个警告"))
    }

    /// By default the notes are one line, so an error is never buried among them.
    @Test func notesAreCountedUnlessListed() throws {
        let output = try CommandRunner.run(["check"])
        #expect(output.status == 0)
        #expect(!output.stdout.contains("note:"))
        let summary = output.stdout.split(separator: "\n").filter { $0.hasSuffix("条提示（假定值等），用 --notes 列出") }
        #expect(summary.count == 1, "\(output.stdout)")
    }

    @Test func warnsFromSixtyDaysBeforeTheCalendarEnds() throws {
        let early = try CommandRunner.run(["check", "--at", "2026-10-31"])
        #expect(!early.stdout.contains("[calendar-ending]"))
        let late = try CommandRunner.run(["check", "--at", "2026-12-01"])
        #expect(late.status == 0)
        #expect(late.stdout.contains("warning: 工作日历“cn-national”只到 2026 年"))
        #expect(late.stdout.contains("还没有 2027 年的安排"))
        #expect(late.stdout.contains("[calendar-ending]"))
        #expect(try CommandRunner.run(["check", "--at", "2026-12-01", "--strict"]).status == 1)
        #expect(try CommandRunner.run(["check", "--at", "2026-13-01"]).status != 0)
    }

    @Test func brokenReferenceIsPrintedLikeACompiler() throws {
        let folder = try CommandRunner.exampleWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let window = folder.appendingPathComponent("catalog/windows/01.yaml")
        let text = try String(contentsOf: window, encoding: .utf8)
        try text.replacingOccurrences(of: "departments: [xsc]", with: "departments: [xgc]")
            .write(to: window, atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["check"], in: folder)
        #expect(output.status == 1)
        #expect(
            output.stdout.contains(
                "catalog/windows/01.yaml:5:17: error: 目录中没有部门“xgc”（是否想写“xsc”？） [unknown-reference]"
            ))
    }

    @Test func jsonFormatCountsBySeverity() throws {
        let output = try CommandRunner.run(["check", "--format", "json"])
        let body = try CommandRunner.json(output.stdout)
        let counts = try #require(body["counts"] as? [String: Int])
        #expect(counts["error"] == 0)
        #expect((counts["note"] ?? 0) > 0)
        let first = try #require((body["diagnostics"] as? [[String: Any]])?.first)
        #expect(Set(first.keys) == ["file", "line", "column", "severity", "code", "message"])
    }

    @Test func strictTurnsWarningsIntoErrors() throws {
        let folder = try CommandRunner.exampleWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stray = folder.appendingPathComponent("catalog/notes/draft.yaml")
        try FileManager.default.createDirectory(
            at: stray.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "version: 1\n".write(to: stray, atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["check"], in: folder).status == 0)
        let strict = try CommandRunner.run(["check", "--strict"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("catalog/notes/draft.yaml:1:1: error:"))
    }

    @Test func missingCatalogFolderIsAClearError() throws {
        let output = try CommandRunner.run(["check", "--catalog", "/nonexistent/catalog"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("没有目录文件夹") && output.stderr.contains("[catalog-folder-missing]"))
    }
}
