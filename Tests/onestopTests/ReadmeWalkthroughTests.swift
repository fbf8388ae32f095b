import Foundation
import Testing

/// The README's ledger and assessment examples, as written, on a fresh copy of the repository's
/// catalog, rules and examples/: every dated command has its `--at`, so nothing turns overdue
/// and the month published is the one the sample events are for.
@Suite struct ReadmeWalkthroughTests {
    /// The commands of README.md's "The ledger" and "Every month" blocks, as written there
    /// (without `swift run onestop`, the trailing comment and an output redirection).
    static func commands() throws -> [String] {
        let readme = try String(
            contentsOf: CommandRunner.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let from = try #require(readme.range(of: "The ledger ("))
        let to = try #require(readme.range(of: "Keeping the catalog:"))
        return readme[from.upperBound..<to.lowerBound].split(separator: "\n").compactMap { line in
            guard line.hasPrefix("swift run onestop ") else { return nil }
            var command = line.dropFirst("swift run onestop ".count)
            if let comment = command.range(of: "  #") { command = command[..<comment.lowerBound] }
            if let redirect = command.range(of: " > ") { command = command[..<redirect.lowerBound] }
            return command.trimmingCharacters(in: .whitespaces)
        }
    }

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
        let commands = try Self.commands()
        #expect(commands.count >= 12, "\(commands)")
        var outputs: [String] = []
        for command in commands {
            let output = try CommandRunner.run(command.split(separator: " ").map(String.init), in: folder)
            let expected: Int32 = command.hasSuffix("--publish") ? 1 : 0
            #expect(output.status == expected, "onestop \(command)\n\(output.stdout)\(output.stderr)")
            outputs.append(output.stdout + output.stderr)
        }
        func output(of prefix: String, _ nth: Int = 0) -> String {
            let matching = zip(commands, outputs).filter { $0.0.hasPrefix(prefix) }.map(\.1)
            return nth < matching.count ? matching[nth] : ""
        }
        #expect(output(of: "cases queue").contains("1号窗口（1 件）"))
        #expect(output(of: "cases complete").contains("已办结"))
        #expect(output(of: "cases import").contains("已导入 8 件"))
        #expect(output(of: "cases overdue").contains("没有逾期"))
        #expect(output(of: "events import").contains("已导入 12 条事件"))
        let ranking = output(of: "score")
        let redFlags = ranking.split(separator: "\n").filter { line in
            line.contains("红旗窗口") && line.trimmingCharacters(in: .whitespaces).first?.isNumber == true
        }
        #expect(redFlags.count == 3, "\(ranking)")
        #expect(output(of: "score", 2).contains("尚未发布"))
        #expect(output(of: "score", 3).contains("已发布 wulong-monthly 2026-10"))
    }

    /// The sample events are for a month that has ended by the `--at` of the walkthrough.
    @Test func sampleEventsAreAllInOctober2026() throws {
        let text = try String(
            contentsOf: CommandRunner.repository.appendingPathComponent("examples/events-2026-10.csv"), encoding: .utf8)
        let dates = text.split(separator: "\n").dropFirst().map { $0.prefix(7) }
        #expect(!dates.isEmpty && dates.allSatisfy { $0 == "2026-10" })
    }
}
