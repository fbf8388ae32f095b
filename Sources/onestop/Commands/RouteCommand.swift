import ArgumentParser
import Catalog
import Hall
import Notice

struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route", abstract: "首问负责：把学生的原话分派到窗口与事项，或指引到大厅以外的部门。")

    @OptionGroup var options: CatalogOptions

    @Argument(help: "学生的原话，如“饭卡丢了”。")
    var text: String

    @Option(name: .long, help: "最多列出的匹配数。")
    var limit = 3

    @Option(name: .long, help: "text 或 json。")
    var format: TextOrJSON = .text

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit 至少为 1") }
    }

    func run() throws {
        let result = QuestionRouting(catalog: try options.load()).route(text, limit: limit)
        Terminal.write(format == .json ? result.json() : result.text())
    }
}
