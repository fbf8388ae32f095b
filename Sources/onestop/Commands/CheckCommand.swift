import ArgumentParser
import Assessment
import Catalog
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "检查服务目录（与考核规则），逐条报告问题的文件、行与列。")

    @OptionGroup var options: CatalogOptions

    @Option(name: .long, help: "考核规则文件夹。")
    var rules = "rules"

    @Flag(name: .long, help: "把警告当作错误处理。")
    var strict = false

    @Option(name: .long, help: "text 或 json。")
    var format: TextOrJSON = .text

    @Flag(name: .long, help: "逐条列出提示（假定值等）；默认只给出条数。JSON 总是全部列出。")
    var notes = false

    @Option(name: .long, help: "按哪一天检查（YYYY-MM-DD，默认今天），用于日历即将用完的提醒。")
    var at: CivilDate?

    func run() throws {
        let source = try options.source()
        let result =
            at.map { CatalogLoader.load(source, checkedOn: $0) }
            ?? CatalogLoader.load(source, clock: DatabaseOptions.hallClock)
        var bag = result.diagnostics
        if FileManager.default.fileExists(atPath: rules) {
            bag.append(contentsOf: SchemeLoader.load(folder: rules).diagnostics)
        } else if rules != "rules" {
            bag.error("missing-file", "rules folder '\(rules)' does not exist; pass --rules DIR", at: .start(of: rules))
        }
        let report = CheckReport(bag, strict: strict)
        Terminal.write(format == .json ? report.json() : report.text(listingNotes: notes))
        if report.hasErrors { throw ExitCode.failure }
    }
}
