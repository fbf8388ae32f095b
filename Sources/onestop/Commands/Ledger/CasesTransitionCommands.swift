import ArgumentParser
import Catalog
import Hall
import Store

struct CasesPauseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pause", abstract: "暂停：等待补交或补正材料。")
    @OptionGroup var options: LedgerOptions
    @OptionGroup var time: AtOption
    @Argument(help: "办件编号。") var id: Int64
    @Option(name: .long, help: "申请人需补交或补正的内容。") var reason: String?

    func run() throws {
        try options.apply(.pause(reason: reason), to: id, at: time)
    }
}

struct CasesResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "resume", abstract: "恢复：申请人已补正材料。")
    @OptionGroup var options: LedgerOptions
    @OptionGroup var time: AtOption
    @Argument(help: "办件编号。") var id: Int64

    func run() throws {
        try options.apply(.resume, to: id, at: time)
    }
}

struct CasesCompleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "complete", abstract: "办结。")
    @OptionGroup var options: LedgerOptions
    @OptionGroup var time: AtOption
    @Argument(help: "办件编号。") var id: Int64

    func run() throws {
        try options.apply(.complete, to: id, at: time)
    }
}

struct CasesRefuseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "refuse", abstract: "不予受理，理由取自目录。")
    @OptionGroup var options: LedgerOptions
    @OptionGroup var time: AtOption
    @Argument(help: "办件编号。") var id: Int64
    @Option(name: .long, help: "目录中的不予受理理由代码。") var reason: String

    func run() throws {
        try options.apply(.refuse(reason: reason), to: id, at: time)
    }
}

struct CasesTransferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "transfer", abstract: "转到另一个窗口办理。")
    @OptionGroup var options: LedgerOptions
    @OptionGroup var time: AtOption
    @Argument(help: "办件编号。") var id: Int64
    @Option(name: .long, help: "转往的窗口号。") var window: Int

    func run() throws {
        try options.apply(.transfer(window: window), to: id, at: time)
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
        let desk = CaseDesk(ledger: try options.ledger())
        let entry = try options.attempt { () throws(LedgerError) in
            try desk.step(step, of: id, at: time.time(desk.ledger), by: options.actor)
        }
        let done = StepDone(entry)
        Terminal.write(options.format == .json ? done.json : done.text)
    }
}

extension LedgerOptions {
    /// Moves the case on at the desk and shows it as it is now.
    func apply(_ transition: CaseDesk.Transition, to id: Int64, at time: AtOption) throws {
        let desk = CaseDesk(ledger: try ledger())
        let record = try attempt { () throws(LedgerError) in
            try desk.apply(transition, to: id, at: time.time(desk.ledger), by: actor)
        }
        let mask = try changeMask(record, desk.ledger)
        show(desk.changed(record, by: transition, mask: mask))
    }

    /// The mask for the case a change command echoes.
    func changeMask(_ record: CaseRecord, _ ledger: Ledger) throws -> PersonalDataMask {
        try database.mask(ledger, .caseChange, record: record.id)
    }

    func show(_ change: CaseChange) {
        Terminal.write(format == .json ? change.json : change.text)
    }
}
