import ArgumentParser
import Catalog
import Store

struct ReferralsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "referrals", abstract: "首问转办：记录学生所问、转往何处，一个工作日内反馈。",
        subcommands: [Add.self, Answer.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "记录一次首问转办。")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var time: AtOption
        @Argument(help: "学生所问的内容。") var question: String
        @Option(name: .customLong("sent-to"), help: "转往何处（科室或部门）。") var sentTo: String
        @Option(name: .long, help: "学号。") var student: String?
        @Option(name: .long, help: "接待的窗口号。") var window: Int?

        func run() throws {
            let ledger = try options.ledger()
            let record = try options.attempt { () throws(LedgerError) in
                try ledger.addReferral(
                    question: question, student: student, window: window, sentTo: sentTo, at: time.time(ledger),
                    by: options.actor)
            }
            try FollowUpOutput.print(
                record, id: record.id, PersonalDataMask.referral, view: .referrals, ledger: ledger, options: options,
                message: "已记录首问转办 #\(record.id ?? 0)，应于 \(record.due) 前反馈学生" + provisionalMark(record.dueProvisional))
        }
    }

    struct Answer: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "登记已向学生反馈。")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var time: AtOption
        @Argument(help: "首问转办编号。") var id: Int64
        @Argument(help: "向学生反馈的内容。") var answer: String

        func run() throws {
            let ledger = try options.ledger()
            let record = try options.attempt { () throws(LedgerError) in
                try ledger.answerReferral(id, answer: answer, at: time.time(ledger), by: options.actor)
            }
            try FollowUpOutput.print(
                record, id: id, PersonalDataMask.referral, view: .referrals, ledger: ledger, options: options,
                message: "首问转办 #\(id) 已反馈")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出首问转办。")
        @OptionGroup var options: LedgerOptions

        func run() throws {
            let ledger = try options.ledger()
            let records = try options.attempt { () throws(LedgerError) in try ledger.referrals() }
            try FollowUpOutput.list(
                records, PersonalDataMask.referral, view: .referrals, ledger: ledger, options: options
            ) { record in
                "#\(record.id ?? 0)  \(record.question)  → \(record.sentTo)  期限 \(record.due)\(provisionalMark(record.dueProvisional))  "
                    + (record.answeredAt.map { "已反馈 \($0)" } ?? "未反馈")
            }
        }
    }
}

struct ComplaintsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complaints", abstract: "投诉：调查后三个工作日内答复学生。", subcommands: [Add.self, Answer.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "登记一件投诉。")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var time: AtOption
        @Argument(help: "投诉内容。") var text: String
        @Option(name: .long, help: "投诉对象：窗口号、部门或文字描述。") var about: String
        @Option(name: .long, help: "学号。") var student: String?
        @Option(name: .long, help: "涉及的窗口号。") var window: Int?

        func run() throws {
            let ledger = try options.ledger()
            let record = try options.attempt { () throws(LedgerError) in
                try ledger.addComplaint(
                    about: about, text: text, student: student, window: window, at: time.time(ledger), by: options.actor
                )
            }
            try FollowUpOutput.print(
                record, id: record.id, PersonalDataMask.complaint, view: .complaints, ledger: ledger, options: options,
                message: "已登记投诉 #\(record.id ?? 0)，应于 \(record.due) 前答复" + provisionalMark(record.dueProvisional))
        }
    }

    struct Answer: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "登记已答复投诉人。")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var time: AtOption
        @Argument(help: "投诉编号。") var id: Int64
        @Argument(help: "给投诉人的答复。") var answer: String

        func run() throws {
            let ledger = try options.ledger()
            let record = try options.attempt { () throws(LedgerError) in
                try ledger.answerComplaint(id, answer: answer, at: time.time(ledger), by: options.actor)
            }
            try FollowUpOutput.print(
                record, id: id, PersonalDataMask.complaint, view: .complaints, ledger: ledger, options: options,
                message: "投诉 #\(id) 已答复")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出投诉。")
        @OptionGroup var options: LedgerOptions

        func run() throws {
            let ledger = try options.ledger()
            let records = try options.attempt { () throws(LedgerError) in try ledger.complaints() }
            try FollowUpOutput.list(
                records, PersonalDataMask.complaint, view: .complaints, ledger: ledger, options: options
            ) { record in
                "#\(record.id ?? 0)  \(record.about)  期限 \(record.due)\(provisionalMark(record.dueProvisional))  "
                    + (record.answeredAt.map { "已答复 \($0)" } ?? "未答复")
            }
        }
    }
}

struct RepairsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repairs", abstract: "报修：48小时内修复。", subcommands: [Add.self, Done.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "登记一次报修。")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var time: AtOption
        @Argument(help: "地点，如 9栋312。") var location: String
        @Argument(help: "损坏情况。") var description: String
        @Option(name: .long, help: "学号。") var student: String?

        func run() throws {
            let ledger = try options.ledger()
            let record = try options.attempt { () throws(LedgerError) in
                try ledger.addRepair(
                    location: location, description: description, student: student, at: time.time(ledger),
                    by: options.actor)
            }
            try FollowUpOutput.print(
                record, id: record.id, PersonalDataMask.repair, view: .repairs, ledger: ledger, options: options,
                message: "已登记报修 #\(record.id ?? 0)，应于 \(record.due) 前修复")
        }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "登记已修复。")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var time: AtOption
        @Argument(help: "报修编号。") var id: Int64

        func run() throws {
            let ledger = try options.ledger()
            let record = try options.attempt { () throws(LedgerError) in
                try ledger.finishRepair(id, at: time.time(ledger), by: options.actor)
            }
            try FollowUpOutput.print(
                record, id: id, PersonalDataMask.repair, view: .repairs, ledger: ledger, options: options,
                message: "报修 #\(id) 已修复")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出报修。")
        @OptionGroup var options: LedgerOptions

        func run() throws {
            let ledger = try options.ledger()
            let records = try options.attempt { () throws(LedgerError) in try ledger.repairs() }
            try FollowUpOutput.list(
                records, PersonalDataMask.repair, view: .repairs, ledger: ledger, options: options
            ) { record in
                "#\(record.id ?? 0)  \(record.location)  \(record.description)  期限 \(record.due)  "
                    + (record.doneAt.map { "已修复 \($0)" } ?? "未修复")
            }
        }
    }
}

/// Output of follow-ups: JSON or one line each, personal data masked (`PersonalDataMask`)
/// unless `--unmask` gives a reason, which the ledger records first.
enum FollowUpOutput {
    /// After a change: the message, or the record as JSON. Only the JSON shows personal data.
    static func print<Record: Encodable>(
        _ record: Record, id: Int64?, _ masking: (PersonalDataMask) -> (Record) -> Record, view: Disclosure.View,
        ledger: Ledger, options: LedgerOptions, message: String
    ) throws {
        guard options.format == .json else { return Terminal.write(message + "\n") }
        let mask = try options.mask(ledger, view, record: id)
        Terminal.write(JSONOutput.encode(masking(mask)(record), snakeCase: true))
    }

    static func list<Record: Encodable>(
        _ records: [Record], _ masking: (PersonalDataMask) -> (Record) -> Record, view: Disclosure.View,
        ledger: Ledger, options: LedgerOptions, line: (Record) -> String
    ) throws {
        let shown = records.map(masking(try options.mask(ledger, view, subject: "list")))
        if options.format == .json {
            Terminal.write(JSONOutput.encode(shown, snakeCase: true))
        } else {
            Terminal.write(shown.isEmpty ? "没有记录\n" : shown.map(line).joined(separator: "\n") + "\n")
        }
    }
}
