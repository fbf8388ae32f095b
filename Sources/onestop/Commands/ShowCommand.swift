import ArgumentParser
import Catalog

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "显示一个服务事项的全部内容。")

    @OptionGroup var options: CatalogOptions

    @Argument(help: "服务事项的 id 或完整名称。")
    var service: String

    @Option(name: .long, help: "text 或 json。")
    var format: TextOrJSON = .text

    func run() throws {
        let catalog = try options.load()
        guard let found = ServiceDetail.find(service, in: catalog) else {
            let candidates = catalog.services.flatMap { [$0.id, $0.name] }
            let hint = Suggestion.closest(to: service, among: candidates).map { "（您是不是要找“\($0)”？）" } ?? ""
            Terminal.error("没有找到服务事项“\(service)”\(hint)；运行 onestop services 查看全部事项")
            throw ExitCode.failure
        }
        Terminal.write(format == .json ? ServiceDetail.json(found, catalog) : ServiceDetail.text(found, catalog))
    }
}
