import ArgumentParser
import Catalog
import Foundation
import Hall
import Notice

extension NoticeFormat: ExpressibleByArgument {}

struct NoticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notice", abstract: "出具一次性告知单：所需材料、缺失与需补正的材料、时限、流程与收费。")

    @OptionGroup var options: CatalogOptions

    @Argument(help: "服务事项：id、名称、别名或名称中唯一的一部分。")
    var service: String

    @Option(name: .customLong("fact"), help: "申请人的一项情况，情况=取值，写 id 或中文名，如 学生类别=在校生（可重复）。")
    var facts: [KeyValue] = []

    @Option(name: .customLong("have"), help: "申请人已带来的一项材料：id、名称或名称中唯一的一部分（可重复）。")
    var have: [String] = []

    @Option(name: .customLong("defect"), help: "材料中发现的一处缺陷，材料=缺陷，写 id 或名称，如 身份证=过期（可重复）。")
    var defects: [KeyValue] = []

    @Option(name: .long, help: "申请时间，YYYY-MM-DD[THH:MM]（默认：当前时间）。")
    var accepted: CivilDateTime?

    @Option(name: .long, help: "text、json、markdown 或 html。")
    var format: NoticeFormat = .text

    func run() throws {
        let catalog = try options.load()
        let issuing = NoticeIssuing(catalog: catalog, clock: DatabaseOptions.hallClock(catalog))
        let request = NoticeIssuing.Request(
            service: service, facts: KeyValue.dictionary(facts), have: have.isEmpty ? nil : Set(have),
            defects: KeyValue.dictionary(defects), submitted: accepted)
        Terminal.write(try issuing.issue(request).rendered(as: format))
    }
}
