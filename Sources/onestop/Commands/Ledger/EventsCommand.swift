import ArgumentParser
import Assessment
import Catalog
import Foundation
import Hall
import Store

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events", abstract: "考核事件：巡查、投诉、评议等记录的导入与查看。", subcommands: [Import.self, List.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "导入事件（CSV 或 YAML）；任何一行有误则整批不写入。")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var rules: RulesOptions
        @OptionGroup var time: AtOption
        @Argument(help: "CSV（date,window,staff,post,item,count,serious,note,recorded_by；post 为 A 或 B，可省）或 YAML 文件。")
        var file: String
        @Flag(name: .customLong("allow-duplicates"), help: "允许再次导入已导入过的行。")
        var allowDuplicates = false
        @Flag(name: .long, help: "作为更正导入：允许日期在已发布期间内的事件；已发布的结果不变，须由主任 score --correct 更正。")
        var correction = false

        func run() throws {
            let ledger = try options.ledger()
            let recording = EventRecording(ledger: ledger, schemes: try rules.load().schemes)
            let allowing = EventRecording.Allowance(duplicates: allowDuplicates, correction: correction)
            let summary = try options.attempt { () throws(LedgerError) in
                try recording.run(path: file, at: time.time(ledger), by: options.actor, allowing: allowing)
            }
            guard options.format == .text else { return Terminal.write(summary.json) }
            Terminal.write(summary.text)
            if correction { Terminal.write("（主任更正：score --correct --reason 原因 --by 主任）\n") }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出事件。")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var rules: RulesOptions
        @Option(name: .long, help: "只列出该期间：YYYY-MM、YYYY、YYYY-S1 或 YYYY-S2。", transform: PeriodArgument.parse)
        var period: Period?

        func run() throws {
            let ledger = try options.ledger()
            let recording = EventRecording(ledger: ledger, schemes: try rules.load().schemes)
            let stored = try options.attempt { () throws(LedgerError) in
                try recording.events(in: period)
            }
            let list = recording.list(stored, mask: try options.mask(ledger, .events, subject: period?.text ?? "all"))
            Terminal.write(options.format == .json ? list.json : list.text)
        }
    }
}
