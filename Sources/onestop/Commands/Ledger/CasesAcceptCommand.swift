import ArgumentParser
import Catalog
import Store

struct CasesAcceptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "accept", abstract: "受理一件办件，按时限与日历计算期限。")

    @OptionGroup var options: LedgerOptions
    @OptionGroup var time: AtOption

    @Argument(help: "The service: id or name.")
    var service: String

    @Option(name: .long, help: "The window number.")
    var window: Int

    @Option(name: .long, help: "The student number.")
    var student: String

    @Option(name: .long, help: "The student's name (optional).")
    var name: String?

    @Option(name: .long, help: "The post that accepted it: A or B.")
    var post = "B"

    @Option(name: .long, help: "on_site or online.")
    var channel = "on_site"

    @Flag(name: .customLong("green-channel"), help: "Urgent: handle first.")
    var greenChannel = false

    @Option(name: .customLong("fact"), help: "A fact about the applicant, KEY=VALUE (repeatable).")
    var facts: [String] = []

    @Option(name: .customLong("material"), help: "A material's status from the notice, ID=STATUS (repeatable).")
    var materials: [String] = []

    func validate() throws {
        for pair in facts + materials where KeyValue(pair) == nil {
            throw ValidationError("'\(pair)' is not KEY=VALUE")
        }
        guard ["A", "B"].contains(post) else { throw ValidationError("--post must be A or B") }
        guard ["on_site", "online"].contains(channel) else {
            throw ValidationError("--channel must be on_site or online")
        }
    }

    func run() throws {
        let ledger = try options.ledger()
        let request = AcceptRequest(
            service: service, window: window, studentNumber: student, studentName: name,
            facts: KeyValue.dictionary(facts), materials: KeyValue.dictionary(materials), post: post, channel: channel,
            greenChannel: greenChannel, at: time.time, by: options.actor)
        let record = try options.attempt { () throws(LedgerError) in try ledger.accept(request) }
        options.show(record, ledger, message: "已受理，办件编号 #\(record.id ?? 0)，应于 \(record.due) 前办结")
    }
}
