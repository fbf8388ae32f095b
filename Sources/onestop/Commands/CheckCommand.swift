import ArgumentParser
import Catalog
import Hall

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
        let check = CatalogCheck(catalog: try options.source(), rules: rules == "rules" ? .usual(rules) : .named(rules))
        let report =
            at.map { check.report(checkedOn: $0, strict: strict) }
            ?? check.report(clock: DatabaseOptions.hallClock, strict: strict)
        Terminal.write(format == .json ? report.json() : report.text(listingNotes: notes))
        if report.hasErrors { throw ExitCode.failure }
    }
}
