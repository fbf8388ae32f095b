import ArgumentParser
import Catalog
import Hall
import Store

struct RatingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ratings", abstract: "好差评：办结或不予受理的办件由申请人评价一次；差评回访、整改，可申诉、由主任复核。",
        subcommands: [Add.self, List.self, Unrated.self, FollowUp.self, Appeal.self, Review.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "登记申请人的评价（须给出学号后四位）。")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var time: AtOption
        @Argument(help: "办件编号。") var id: Int64
        @Option(name: .long, help: "学号后四位（申请人证明是本人的办件）。") var digits: String
        @Option(name: .long, help: "评价等级：非常满意、满意、基本满意、不满意、非常不满意（或 very_satisfied 等）。") var level: String
        @Option(name: .long, help: "评价原因（可多次给出），须在可选原因之中。") var reason: [String] = []
        @Option(name: .long, help: "留言。") var comment: String?
        @Flag(name: .long, help: "线上评价（默认：现场）。") var online = false

        func run() throws {
            let rating = Rating(ledger: try options.ledger())
            let record = try options.attempt { () throws(LedgerError) in
                try rating.rate(
                    RatingRequest(
                        caseId: id, digits: digits, level: level, reasons: reason, comment: comment,
                        channel: online ? .online : .onSite, at: time.time(rating.ledger)))
            }
            let view = try options.attempt { () throws(LedgerError) in
                try rating.list(showsWho: false, today: time.time(rating.ledger).date).ratings.first {
                    $0.id == record.id
                }
            }
            guard let view else { return }
            Terminal.write(
                options.format == .json
                    ? JSONOutput.encode(view, snakeCase: true) : RatingList(ratings: [view], levels: []).text)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "列出评价与差评的回访、整改；只有主任看到是哪件、谁评的（学号已遮蔽）。")
        @OptionGroup var options: LedgerOptions
        @Option(name: .long, help: "只列此窗口。") var window: Int?

        func run() throws {
            let ledger = try options.ledger()
            let rating = Rating(ledger: ledger)
            let director = ledger.catalog.hall?.staffMember(options.actor)?.role == "director"
            let list = try options.attempt { () throws(LedgerError) in
                try rating.list(window: window, showsWho: director, today: ledger.clock.now().date)
            }
            Terminal.write(options.format == .json ? list.json : list.text)
        }
    }

    struct Unrated: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "办结 N 天后仍未评价的办件。")
        @OptionGroup var options: LedgerOptions
        @Option(name: .long, help: "办结后的天数（默认：大厅文件 ratings.unrated_reminder 的天数）。") var days: Int?

        func validate() throws {
            guard (days ?? 0) >= 0 else { throw ValidationError("--days 须为不小于 0 的整数") }
        }

        func run() throws {
            let ledger = try options.ledger()
            let list = try options.attempt { () throws(LedgerError) in
                try Rating(ledger: ledger).unrated(
                    days: days ?? ledger.catalog.ratingRules.unratedReminderDays, today: ledger.clock.now().date)
            }
            Terminal.write(options.format == .json ? list.json : list.text)
        }
    }

    struct FollowUp: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "follow-up", abstract: "记录差评的回访（callback）或整改（rectification），先回访后整改。")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var time: AtOption
        @Argument(help: "评价编号。") var id: Int64
        @Argument(help: "callback（回访）或 rectification（整改）。") var step: String
        @Option(name: .long, help: "情况说明。") var note: String

        func run() throws {
            guard let kind = RatingFollowUpRecord.Kind(rawValue: step), kind == .callback || kind == .rectification
            else {
                throw ValidationError("步骤须为 callback（回访）或 rectification（整改）")
            }
            try RatingsCommand.record(options, time, id: id, kind: kind, decision: nil, note: note)
        }
    }

    struct Appeal: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "工作人员申诉：差评不实，待主任复核。")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var time: AtOption
        @Argument(help: "评价编号。") var id: Int64
        @Option(name: .long, help: "申诉理由。") var note: String

        func run() throws {
            try RatingsCommand.record(options, time, id: id, kind: .appeal, decision: nil, note: note)
        }
    }

    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "主任复核申诉：upheld（申诉成立）或 rejected（申诉不成立）。")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var time: AtOption
        @Argument(help: "评价编号。") var id: Int64
        @Argument(help: "upheld 或 rejected。") var decision: String
        @Option(name: .long, help: "复核意见。") var note: String

        func run() throws {
            guard let decision = RatingFollowUpRecord.Decision(rawValue: decision) else {
                throw ValidationError("结论须为 upheld（申诉成立）或 rejected（申诉不成立）")
            }
            try RatingsCommand.record(options, time, id: id, kind: .review, decision: decision, note: note)
        }
    }

    static func record(
        _ options: LedgerOptions, _ time: AtOption, id: Int64, kind: RatingFollowUpRecord.Kind,
        decision: RatingFollowUpRecord.Decision?, note: String
    ) throws {
        let ledger = try options.ledger()
        let rating = Rating(ledger: ledger)
        let at = time.time(ledger)
        _ = try options.attempt { () throws(LedgerError) in
            try rating.followUp(rating: id, kind: kind, decision: decision, note: note, at: at, by: options.actor)
        }
        let director = ledger.catalog.hall?.staffMember(options.actor)?.role == "director"
        let view = try options.attempt { () throws(LedgerError) in
            try rating.list(showsWho: director, today: at.date).ratings.first { $0.id == id }
        }
        guard let view else { return }
        Terminal.write(
            options.format == .json
                ? JSONOutput.encode(view, snakeCase: true) : RatingList(ratings: [view], levels: []).text)
    }
}
