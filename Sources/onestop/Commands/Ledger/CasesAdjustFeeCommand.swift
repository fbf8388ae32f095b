import ArgumentParser
import Catalog
import Hall
import Store

struct CasesAdjustFeeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adjust-fee",
        abstract: "费用减免：副主任可审批低于目录限额（adjustment_approval）的金额，超过限额由主任审批；记入审计。")
    @OptionGroup var options: LedgerOptions
    @OptionGroup var time: AtOption
    @Argument(help: "办件编号。") var id: Int64
    @Option(name: .long, help: "目录中该事项的费用名称，如 工本费。") var fee: String
    @Option(name: .long, help: "减免金额（元，最多两位小数），如 15 或 7.5。") var amount: String
    @Option(name: .long, help: "减免原因（记入审计）。") var reason: String

    func run() throws {
        let adjusting = FeeAdjusting(ledger: try options.ledger())
        let record = try options.attempt { () throws(LedgerError) in
            try adjusting.adjust(
                FeeAdjustmentRequest(
                    caseId: id, fee: fee, amount: amount, reason: reason, at: time.time(adjusting.ledger),
                    by: options.actor))
        }
        let view = adjusting.view(record, mask: try options.mask(adjusting.ledger, .caseChange, record: id))
        Terminal.write(options.format == .json ? view.json : view.text)
    }
}
