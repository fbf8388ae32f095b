import ArgumentParser
import Assessment
import Catalog
import Foundation
import Hall
import Notice
import Store

struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route", abstract: "首问负责：把学生的原话分派到窗口与事项，或指引到大厅以外的部门。",
        subcommands: [Ask.self, Evaluate.self, Misses.self], defaultSubcommand: Ask.self)

    struct Ask: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ask", abstract: "分派一句原话（默认子命令：onestop route 饭卡丢了）。")

        @OptionGroup var options: CatalogOptions

        @Argument(help: "学生的原话，如“饭卡丢了”；拼音或英文可不加引号（fanka guashi）。")
        var words: [String]

        var text: String { words.joined(separator: " ") }

        @Option(name: .long, help: "最多列出的匹配数。")
        var limit = 3

        @Option(name: .long, help: "text 或 json。")
        var format: TextOrJSON = .text

        func validate() throws {
            guard limit >= 1 else { throw ValidationError("--limit 至少为 1") }
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("请写出学生的原话") }
        }

        func run() throws {
            let result = QuestionRouting(catalog: try options.load()).route(text, limit: limit)
            Terminal.write(format == .json ? result.json() : result.text())
        }
    }

    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "eval", abstract: "用问题集（eval/routing/*.yaml）评测分派的准确率：top-1、top-3、大厅以外的精确率与召回率。")

        @OptionGroup var options: CatalogOptions

        @Argument(help: "问题集文件，可多个。")
        var files: [String]

        @Flag(name: .long, help: "列出每个答错的问题。")
        var misses = false

        func run() throws {
            let catalog = try options.load()
            let router = Router(catalog: catalog)
            for file in files {
                let loaded = RouteQuestion.load(URL(fileURLWithPath: file), catalog: catalog)
                guard loaded.diagnostics.isEmpty else {
                    Terminal.write(loaded.diagnostics.map(\.formatted).joined(separator: "\n") + "\n")
                    throw ExitCode(1)
                }
                let evaluation = RouteEvaluation(router: router, questions: loaded.questions)
                Terminal.write(evaluation.report(title: file, listingMisses: misses))
            }
        }
    }

    struct Misses: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "misses",
            abstract: "列出该期间窗口受理处被改派或未找到事项的问题（按最终选定的事项分组），并给出可加入目录的关键词建议；不会自动修改目录。")

        @OptionGroup var database: DatabaseOptions

        @Option(name: .long, help: "期间：YYYY-MM、YYYY、YYYY-S1 或 YYYY-S2。", transform: PeriodArgument.parse)
        var period: Period

        @Option(name: .long, help: "text 或 json。")
        var format: TextOrJSON = .text

        func run() throws {
            let ledger = try database.ledger()
            let logging = RouteLogging(ledger: ledger, routing: QuestionRouting(catalog: ledger.catalog))
            let misses = try database.attempt { () throws(LedgerError) in try logging.misses(period) }
            Terminal.write(format == .json ? misses.json : misses.text)
        }
    }
}
