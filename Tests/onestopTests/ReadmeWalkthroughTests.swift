import Foundation
import Testing

/// The README's ledger and assessment examples, as written, on a fresh copy of the repository's
/// catalog, rules and examples/: every dated command has its `--at`, so nothing turns overdue
/// and the month published is the one the sample events are for.
@Suite struct ReadmeWalkthroughTests {
    /// Keep in step with README.md ("The ledger" and "Every month").
    static let commands: [String] = [
        "cases accept 学生证补办 --window 1 --student 2021040123 --at 2026-09-28T09:30",
        "cases queue --day 2026-09-28",
        "cases pause 1 --reason 缺一寸照片 --at 2026-09-29T10:00",
        "cases resume 1 --at 2026-09-30T15:40",
        "cases complete 1 --at 2026-10-09T16:00",
        "cases import examples/cases-2026-10.csv --at 2026-10-31T18:00",
        "cases overdue --as-of 2026-10-31",
        "events import examples/events-2026-10.csv --at 2026-11-02T09:00",
        "score --scheme wulong-monthly --period 2026-10 --at 2026-11-02T10:00",
        "score --scheme wulong-monthly --period 2026-10 --format html --at 2026-11-02T10:00",
        "score --scheme wulong-monthly --period 2026-10 --publish --yes --at 2026-11-02T10:00",
    ]

    static func freshClone() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["catalog", "rules", "examples"] {
            try FileManager.default.copyItem(
                at: CommandRunner.repository.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test func runsAsWrittenWithoutOverdueCases() throws {
        let folder = try Self.freshClone()
        defer { try? FileManager.default.removeItem(at: folder) }
        var outputs: [String: String] = [:]
        for command in Self.commands {
            let output = try CommandRunner.run(command.split(separator: " ").map(String.init), in: folder)
            #expect(output.status == 0, "onestop \(command)\n\(output.stdout)\(output.stderr)")
            outputs[command] = output.stdout + output.stderr
        }
        #expect(outputs[Self.commands[1]]?.contains("1号窗口（1 件）") ?? false)
        #expect(outputs[Self.commands[4]]?.contains("已办结") ?? false)
        #expect(outputs[Self.commands[5]]?.contains("已导入 8 件") ?? false)
        #expect(outputs[Self.commands[6]]?.contains("没有逾期") ?? false)
        #expect(outputs[Self.commands[7]]?.contains("已导入 12 条事件") ?? false)
        let ranking = try #require(outputs[Self.commands[8]])
        let redFlags = ranking.split(separator: "\n").filter { line in
            line.contains("红旗窗口") && line.trimmingCharacters(in: .whitespaces).first?.isNumber == true
        }
        #expect(redFlags.count == 3, "\(ranking)")
        #expect(outputs[Self.commands[10]]?.contains("已发布 wulong-monthly 2026-10") ?? false)
    }

    /// The sample events are for a month that has ended by the `--at` of the walkthrough.
    @Test func sampleEventsAreAllInOctober2026() throws {
        let text = try String(
            contentsOf: CommandRunner.repository.appendingPathComponent("examples/events-2026-10.csv"), encoding: .utf8)
        let dates = text.split(separator: "\n").dropFirst().map { $0.prefix(7) }
        #expect(!dates.isEmpty && dates.allSatisfy { $0 == "2026-10" })
    }
}
