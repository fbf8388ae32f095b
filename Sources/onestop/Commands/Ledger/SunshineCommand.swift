import ArgumentParser
import Assessment
import Catalog
import Foundation
import Hall
import Store

struct SunshineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sunshine",
        abstract: "阳光窗口评比：学生投票（每人每期一票，只计票数），主任录入负责老师和大厅意见，查看本期评比结果。",
        subcommands: [Vote.self, Opinion.self, Standing.self])

    static func desk(_ options: LedgerOptions, _ rules: RulesOptions) throws -> SunshineDesk {
        SunshineDesk(
            ledger: try options.ledger(), rules: try rules.load(),
            catalogFingerprint: try options.catalog.source().fingerprint)
    }

    struct Vote: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "登记一名学生的投票（现场）；同一学号同一期只计一票。")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var rules: RulesOptions
        @OptionGroup var time: AtOption
        @Option(name: .long, help: "投给的窗口（窗口号或名称）。") var window: String
        @Option(name: .long, help: "投票学生的学号（只用于防止重复投票，不保存学号本身）。") var student: String
        @Option(name: .long, help: "投票的期间（默认：投票时间所在的期间）。", transform: PeriodArgument.parse)
        var period: Period?

        func run() throws {
            let desk = try SunshineCommand.desk(options, rules)
            let vote = try options.attempt { () throws(LedgerError) in
                try desk.vote(
                    period: period, window: window, studentNumber: student, at: time.time(desk.ledger),
                    channel: .onSite)
            }
            Terminal.write(
                options.format == .json
                    ? JSONOutput.encode(["period": vote.period, "window": String(vote.window), "counted": "true"])
                    : "已计票：\(vote.period) 投给 \(vote.window) 号窗口\n")
        }
    }

    struct Opinion: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "主任录入一个窗口本期的负责老师意见或大厅意见（0-100 分；以最后一次录入为准）。")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var rules: RulesOptions
        @OptionGroup var time: AtOption
        @Option(name: .long, help: "期间（YYYY-MM）。", transform: PeriodArgument.parse) var period: Period
        @Option(name: .long, help: "窗口（窗口号或名称）。") var window: String
        @Option(name: .long, help: "意见来源：teachers（负责老师）或 hall（大厅）。") var source: String
        @Option(name: .long, help: "意见分，0 到 100。") var score: Double
        @Option(name: .long, help: "说明（可省）。") var note: String?

        func run() throws {
            let desk = try SunshineCommand.desk(options, rules)
            guard let source = SunshineSource(rawValue: source.trimmingCharacters(in: .whitespaces)) else {
                throw LedgerError("意见来源须是 teachers（负责老师）或 hall（大厅），收到“\(source)”", code: .invalidSunshineOpinion)
            }
            let record = try options.attempt { () throws(LedgerError) in
                try desk.opinion(
                    period: period, window: window, source: source, score: score, note: note,
                    at: time.time(desk.ledger), by: options.actor)
            }
            Terminal.write(
                options.format == .json
                    ? JSONOutput.encode(record, snakeCase: true)
                    : "已录入：\(record.period) \(record.window) 号窗口 \(source.chinese) \(record.score.amountText) 分\n")
        }
    }

    struct Standing: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "本期阳光窗口评比：各窗口票数、投票分、意见分和总分（已发布的按发布结果）。")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var rules: RulesOptions
        @Option(name: .long, help: "期间（YYYY-MM；默认：当前期间）。", transform: PeriodArgument.parse) var period: Period?

        func run() throws {
            let desk = try SunshineCommand.desk(options, rules)
            let standing = try options.attempt { () throws(LedgerError) in
                if let period { return try desk.standing(period: period) }
                return try desk.standing(period: try desk.currentPeriod())
            }
            Terminal.write(options.format == .json ? standing.json : standing.text)
        }
    }
}
