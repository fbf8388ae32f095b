import ArgumentParser
import Assessment
import Catalog

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema", abstract: "输出目录文件的 JSON Schema，供编辑器补全与校验。")

    @Flag(name: .long, help: "改为输出考核方案文件（rules/assessment/*.yaml）的 JSON Schema。")
    var rules = false

    func run() throws {
        Terminal.write(rules ? SchemeSchema.json() : JSONSchemaWriter.schema())
    }
}

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "列出目录校验规则（Markdown，即 docs/rules-catalog.md）。")

    func run() throws {
        Terminal.write(RulesReport.markdown())
    }
}

struct ErrorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "errors", abstract: "列出错误代码及退出码（Markdown，即 docs/errors.md）。")

    func run() throws {
        Terminal.write(ErrorsReport.markdown(exitCode: ErrorOutput.exitCode))
    }
}
