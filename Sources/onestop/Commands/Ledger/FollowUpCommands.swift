import ArgumentParser
import Catalog
import Hall
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
            let desk = FollowUpDesk(ledger: try options.ledger())
            let record = try options.attempt { () throws(LedgerError) in
                try desk.refer(
                    question: question, student: student, window: window, sentTo: sentTo, at: time.time(desk.ledger),
                    by: options.actor)
            }
            try options.show(FollowUpChange(record, .added), desk.ledger)
        }
    }

    struct Answer: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "登记已向学生反馈。")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var time: AtOption
        @Argument(help: "首问转办编号。") var id: Int64
        @Argument(help: "向学生反馈的内容。") var answer: String

        func run() throws {
            let desk = FollowUpDesk(ledger: try options.ledger())
            let record = try options.attempt { () throws(LedgerError) in
                try desk.answerReferral(id, answer: answer, at: time.time(desk.ledger), by: options.actor)
            }
            try options.show(FollowUpChange(record, .closed), desk.ledger)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出首问转办。")
        @OptionGroup var options: LedgerOptions

        func run() throws {
            let desk = FollowUpDesk(ledger: try options.ledger())
            let records = try options.attempt { () throws(LedgerError) in try desk.referrals() }
            try options.show(records, desk.ledger)
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
            let desk = FollowUpDesk(ledger: try options.ledger())
            let record = try options.attempt { () throws(LedgerError) in
                try desk.complain(
                    about: about, text: text, student: student, window: window, at: time.time(desk.ledger),
                    by: options.actor)
            }
            try options.show(FollowUpChange(record, .added), desk.ledger)
        }
    }

    struct Answer: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "登记已答复投诉人。")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var time: AtOption
        @Argument(help: "投诉编号。") var id: Int64
        @Argument(help: "给投诉人的答复。") var answer: String

        func run() throws {
            let desk = FollowUpDesk(ledger: try options.ledger())
            let record = try options.attempt { () throws(LedgerError) in
                try desk.answerComplaint(id, answer: answer, at: time.time(desk.ledger), by: options.actor)
            }
            try options.show(FollowUpChange(record, .closed), desk.ledger)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出投诉。")
        @OptionGroup var options: LedgerOptions

        func run() throws {
            let desk = FollowUpDesk(ledger: try options.ledger())
            let records = try options.attempt { () throws(LedgerError) in try desk.complaints() }
            try options.show(records, desk.ledger)
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
            let desk = FollowUpDesk(ledger: try options.ledger())
            let record = try options.attempt { () throws(LedgerError) in
                try desk.reportRepair(
                    location: location, description: description, student: student, at: time.time(desk.ledger),
                    by: options.actor)
            }
            try options.show(FollowUpChange(record, .added), desk.ledger)
        }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "登记已修复。")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var time: AtOption
        @Argument(help: "报修编号。") var id: Int64

        func run() throws {
            let desk = FollowUpDesk(ledger: try options.ledger())
            let record = try options.attempt { () throws(LedgerError) in
                try desk.finishRepair(id, at: time.time(desk.ledger), by: options.actor)
            }
            try options.show(FollowUpChange(record, .closed), desk.ledger)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出报修。")
        @OptionGroup var options: LedgerOptions

        func run() throws {
            let desk = FollowUpDesk(ledger: try options.ledger())
            let records = try options.attempt { () throws(LedgerError) in try desk.repairs() }
            try options.show(records, desk.ledger)
        }
    }
}

extension LedgerOptions {
    /// After a change: the sentence, or the record as JSON. Only the JSON shows personal data,
    /// so only it asks for the mask (and records a disclosure when `--unmask` gives a reason).
    func show<Record: FollowUp>(_ change: FollowUpChange<Record>, _ ledger: Ledger) throws {
        guard format == .json else { return Terminal.write(change.text) }
        Terminal.write(change.json(try mask(ledger, Record.view, record: change.record.id)))
    }

    func show<Record: FollowUp>(_ records: [Record], _ ledger: Ledger) throws {
        let list = FollowUpList(records, mask: try mask(ledger, Record.view, subject: "list"))
        Terminal.write(format == .json ? list.json : list.text)
    }
}
