import ArgumentParser
import Catalog
import Store

struct CasesPauseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pause", abstract: "暂停：等待补交或补正材料。")
    @OptionGroup var options: LedgerOptions
    @OptionGroup var time: AtOption
    @Argument(help: "办件编号。") var id: Int64
    @Option(name: .long, help: "申请人需补交或补正的内容。") var reason: String?

    func run() throws {
        let ledger = try options.ledger()
        let record = try options.attempt { () throws(LedgerError) in
            try ledger.pause(id, at: time.time(ledger), by: options.actor, reason: reason)
        }
        try options.show(record, ledger, message: "办件 #\(id) 已暂停，待申请人补正")
    }
}

struct CasesResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "resume", abstract: "恢复：申请人已补正材料。")
    @OptionGroup var options: LedgerOptions
    @OptionGroup var time: AtOption
    @Argument(help: "办件编号。") var id: Int64

    func run() throws {
        let ledger = try options.ledger()
        let record = try options.attempt { () throws(LedgerError) in
            try ledger.resume(id, at: time.time(ledger), by: options.actor)
        }
        try options.show(record, ledger, message: "办件 #\(id) 已恢复办理，期限为 \(record.due)")
    }
}

struct CasesCompleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "complete", abstract: "办结。")
    @OptionGroup var options: LedgerOptions
    @OptionGroup var time: AtOption
    @Argument(help: "办件编号。") var id: Int64

    func run() throws {
        let ledger = try options.ledger()
        let record = try options.attempt { () throws(LedgerError) in
            try ledger.complete(id, at: time.time(ledger), by: options.actor)
        }
        try options.show(record, ledger, message: "办件 #\(id) 已办结")
    }
}

struct CasesRefuseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "refuse", abstract: "不予受理，理由取自目录。")
    @OptionGroup var options: LedgerOptions
    @OptionGroup var time: AtOption
    @Argument(help: "办件编号。") var id: Int64
    @Option(name: .long, help: "目录中的不予受理理由代码。") var reason: String

    func run() throws {
        let ledger = try options.ledger()
        let record = try options.attempt { () throws(LedgerError) in
            try ledger.refuse(id, code: reason, at: time.time(ledger), by: options.actor)
        }
        try options.show(record, ledger, message: "办件 #\(id) 不予受理")
    }
}

struct CasesTransferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "transfer", abstract: "转到另一个窗口办理。")
    @OptionGroup var options: LedgerOptions
    @OptionGroup var time: AtOption
    @Argument(help: "办件编号。") var id: Int64
    @Option(name: .long, help: "转往的窗口号。") var window: Int

    func run() throws {
        let ledger = try options.ledger()
        let record = try options.attempt { () throws(LedgerError) in
            try ledger.transfer(id, to: window, at: time.time(ledger), by: options.actor)
        }
        try options.show(record, ledger, message: "办件 #\(id) 已转至 \(window) 号窗口")
    }
}

struct CasesStepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "step", abstract: "登记办理环节由谁完成（目录要求职责分离的环节会拒绝同一人）。")
    @OptionGroup var options: LedgerOptions
    @OptionGroup var time: AtOption
    @Argument(help: "办件编号。") var id: Int64
    @Argument(help: "目录中的环节 id，如 verify。") var step: String

    func run() throws {
        let ledger = try options.ledger()
        let entry = try options.attempt { () throws(LedgerError) in
            try ledger.performStep(id, step: step, at: time.time(ledger), by: options.actor)
        }
        Terminal.write(
            options.format == .json
                ? JSONOutput.encode(entry, snakeCase: true)
                : "办件 #\(id) 环节“\(step)”由 \(entry.performedBy) 于 \(entry.performedAt) 完成\n")
    }
}
