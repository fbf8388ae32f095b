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
                    question: question, student: student, window: window, sentTo: sentTo, at: time.time,
                    by: options.actor)
            }
            FollowUpOutput.print(
                record, options: options,
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
                try ledger.answerReferral(id, answer: answer, at: time.time, by: options.actor)
            }
            FollowUpOutput.print(record, options: options, message: "首问转办 #\(id) 已反馈")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出首问转办。")
        @OptionGroup var options: LedgerOptions

        func run() throws {
            let ledger = try options.ledger()
            let records = try options.attempt { () throws(LedgerError) in try ledger.referrals() }
            FollowUpOutput.list(records, options: options) { record in
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
                    about: about, text: text, student: student, window: window, at: time.time, by: options.actor)
            }
            FollowUpOutput.print(
                record, options: options,
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
                try ledger.answerComplaint(id, answer: answer, at: time.time, by: options.actor)
            }
            FollowUpOutput.print(record, options: options, message: "投诉 #\(id) 已答复")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出投诉。")
        @OptionGroup var options: LedgerOptions

        func run() throws {
            let ledger = try options.ledger()
            let records = try options.attempt { () throws(LedgerError) in try ledger.complaints() }
            FollowUpOutput.list(records, options: options) { record in
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
                    location: location, description: description, student: student, at: time.time, by: options.actor)
            }
            FollowUpOutput.print(record, options: options, message: "已登记报修 #\(record.id ?? 0)，应于 \(record.due) 前修复")
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
                try ledger.finishRepair(id, at: time.time, by: options.actor)
            }
            FollowUpOutput.print(record, options: options, message: "报修 #\(id) 已修复")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出报修。")
        @OptionGroup var options: LedgerOptions

        func run() throws {
            let ledger = try options.ledger()
            let records = try options.attempt { () throws(LedgerError) in try ledger.repairs() }
            FollowUpOutput.list(records, options: options) { record in
                "#\(record.id ?? 0)  \(record.location)  \(record.description)  期限 \(record.due)  "
                    + (record.doneAt.map { "已修复 \($0)" } ?? "未修复")
            }
        }
    }
}

/// Output of follow-ups: JSON with student numbers masked unless `--unmask`, or one line each.
enum FollowUpOutput {
    static func print<Record: Encodable>(_ record: Record, options: LedgerOptions, message: String) {
        Terminal.write(
            options.format == .json ? masked(JSONOutput.encode(record, snakeCase: true), options) : message + "\n")
    }

    static func list<Record: Encodable>(_ records: [Record], options: LedgerOptions, line: (Record) -> String) {
        if options.format == .json {
            Terminal.write(masked(JSONOutput.encode(records, snakeCase: true), options))
        } else {
            Terminal.write(records.isEmpty ? "没有记录\n" : records.map(line).joined(separator: "\n") + "\n")
        }
    }

    /// Student numbers in JSON are masked field by field, and ID numbers anywhere in text.
    private static func masked(_ json: String, _ options: LedgerOptions) -> String {
        guard !options.unmask else { return json }
        let pattern = "\"student_number\" : \""
        var result = ""
        var rest = Substring(json)
        while let range = rest.range(of: pattern) {
            result += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            let end = rest.firstIndex(of: "\"") ?? rest.endIndex
            result += PersonalData.maskStudentNumber(String(rest[..<end]))
            rest = rest[end...]
        }
        return PersonalData.maskIDNumbers(in: result + rest)
    }
}
