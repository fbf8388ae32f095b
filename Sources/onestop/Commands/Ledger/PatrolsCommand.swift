import ArgumentParser
import Assessment
import Catalog
import Foundation
import Hall
import Store

struct PatrolsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patrols", abstract: "巡查：登记每次巡查及其发现（直接记为考核事件），窗口落实反馈，列出未反馈的发现。",
        subcommands: [Record.self, List.self, Answer.self, Unanswered.self])

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "登记一次巡查；发现按考核方案的项目（中文名称）记为考核事件。")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var rules: RulesOptions
        @OptionGroup var time: AtOption
        @Option(name: .customLong("patroller"), help: "巡查人（工作人员编号或名称），可重复。")
        var patrollers: [String] = []
        @Option(name: .customLong("window"), help: "巡查的窗口（窗口号或名称），可重复。")
        var windows: [String] = []
        @Option(
            name: .customLong("finding"),
            help: ArgumentHelp("一条发现：窗口|项目|工作人员|说明（工作人员、说明可空），可重复。", valueName: "发现"))
        var findings: [String] = []
        @Option(name: .customLong("serious"), help: "情节严重的发现的序号（从 1 起），可重复。")
        var serious: [Int] = []
        @Option(name: .long, help: "考核方案（默认：大厅常用的方案）。")
        var scheme: String?

        func run() throws {
            let ledger = try options.ledger()
            let desk = PatrolDesk(ledger: ledger, schemes: try rules.load().schemes)
            var parsed: [PatrolRequest.Finding] = []
            for (index, text) in findings.enumerated() {
                let parts = text.split(separator: "|", omittingEmptySubsequences: false).map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                guard parts.count >= 2, parts.count <= 4, !parts[0].isEmpty, !parts[1].isEmpty else {
                    throw LedgerError(
                        "第 \(index + 1) 条发现应写作 窗口|项目|工作人员|说明，如 \"3|窗口空岗||10:20 无人\"", code: .invalidPatrol)
                }
                parsed.append(
                    .init(
                        window: parts[0], item: parts[1], staff: parts.count > 2 ? parts[2] : nil,
                        note: parts.count > 3 ? parts[3] : nil, serious: serious.contains(index + 1)))
            }
            let request = PatrolRequest(
                at: time.time(ledger), patrollers: patrollers, windows: windows, findings: parsed, by: options.actor)
            let round = try options.attempt { () throws(LedgerError) in try desk.record(request, scheme: scheme) }
            let list = desk.list([round], mask: try options.mask(ledger, .patrols, record: round.patrol.id))
            Terminal.write(options.format == .json ? list.json : list.text)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出巡查及其发现。")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var rules: RulesOptions
        @Option(name: .long, help: "只列出该期间：YYYY-MM、YYYY、YYYY-S1 或 YYYY-S2。", transform: PeriodArgument.parse)
        var period: Period?
        @Option(name: .long, help: "只列出该窗口的发现。") var window: Int?

        func run() throws {
            let ledger = try options.ledger()
            let desk = PatrolDesk(ledger: ledger, schemes: try rules.load().schemes)
            let rounds = try options.attempt { () throws(LedgerError) in try desk.rounds(in: period, window: window) }
            let list = desk.list(rounds, mask: try options.mask(ledger, .patrols, subject: period?.text ?? "all"))
            Terminal.write(options.format == .json ? list.json : list.text)
        }
    }

    struct Answer: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "窗口对一条巡查发现的落实反馈（由该窗口的工作人员登记）。")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var rules: RulesOptions
        @OptionGroup var time: AtOption
        @Argument(help: "巡查发现的编号。") var id: Int64
        @Argument(help: "落实的情况。") var answer: String

        func run() throws {
            let ledger = try options.ledger()
            let desk = PatrolDesk(ledger: ledger, schemes: try rules.load().schemes)
            let finding = try options.attempt { () throws(LedgerError) in
                try desk.answer(finding: id, answer: answer, at: time.time(ledger), by: options.actor)
            }
            let round = try options.attempt { () throws(LedgerError) in
                try desk.rounds().first { $0.patrol.id == finding.finding.patrolId }
            }
            let shown = round.map { PatrolRound(patrol: $0.patrol, findings: [finding]) }.map { [$0] } ?? []
            let list = desk.list(shown, mask: try options.mask(ledger, .patrols, record: finding.finding.patrolId))
            Terminal.write(options.format == .json ? list.json : list.text)
        }
    }

    struct Unanswered: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出窗口尚未落实反馈的巡查发现。")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var rules: RulesOptions
        @Option(name: .long, help: "只列出该窗口的发现。") var window: Int?

        func run() throws {
            let ledger = try options.ledger()
            let desk = PatrolDesk(ledger: ledger, schemes: try rules.load().schemes)
            let rounds = try options.attempt { () throws(LedgerError) in try desk.unanswered(window: window) }
            let list = desk.list(rounds, mask: try options.mask(ledger, .patrols, subject: "unanswered"))
            Terminal.write(options.format == .json ? list.json : list.text)
        }
    }
}
