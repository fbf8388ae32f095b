import ArgumentParser
import Catalog
import Hall
import Store

struct CasesAcceptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "accept", abstract: "受理一件办件，按时限与日历计算期限。")

    @OptionGroup var options: LedgerOptions
    @OptionGroup var time: AtOption

    @Argument(help: "服务事项：id、名称、别名或名称中唯一的一部分。")
    var service: String

    @Option(name: .long, help: "窗口号。")
    var window: Int

    @Option(name: .long, help: "学号。")
    var student: String

    @Option(name: .long, help: "学生姓名（可选）。")
    var name: String?

    @Option(name: .long, help: "受理岗位：A 或 B。")
    var post: Post = .b

    @Option(name: .long, help: "办理渠道：hall.yaml 中渠道的编号或名称，或 现场、网上（默认现场）。")
    var channel: String?

    @Flag(name: .customLong("green-channel"), help: "加急：优先办理。")
    var greenChannel = false

    @Option(name: .customLong("fact"), help: "申请人的一项情况，情况=取值，写 id 或中文名，如 学生类别=在校生（可重复）。")
    var facts: [KeyValue] = []

    @Option(name: .customLong("material"), help: "一次性告知单上某项材料的状态，材料=STATUS，材料写 id 或名称（可重复）。")
    var materials: [KeyValue] = []

    func run() throws {
        let desk = CaseDesk(ledger: try options.ledger())
        let request = AcceptRequest(
            service: service, window: window, studentNumber: student, studentName: name,
            facts: KeyValue.dictionary(facts), materials: KeyValue.dictionary(materials), post: post,
            channel: channel ?? "",
            greenChannel: greenChannel, at: time.time(desk.ledger), by: options.actor)
        let accepted = try options.attempt { () throws(LedgerError) in try desk.accept(request) }
        let mask = try options.changeMask(accepted.record, desk.ledger)
        options.show(desk.accepted(accepted, mask: mask))
        for warning in accepted.warnings { Terminal.error(warning.message) }
    }
}
