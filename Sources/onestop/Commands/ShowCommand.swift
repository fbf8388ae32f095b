import ArgumentParser
import Catalog

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "显示一个服务事项的全部内容。")

    @OptionGroup var options: CatalogOptions

    @Argument(help: "服务事项：id、名称、别名或名称中唯一的一部分。")
    var service: String

    @Option(name: .long, help: "text 或 json。")
    var format: TextOrJSON = .text

    func run() throws {
        let catalog = try options.load()
        let found: Service
        do {
            found = try catalog.names.service(service)
        } catch {
            Terminal.error(error.message)
            throw ExitCode.failure
        }
        Terminal.write(format == .json ? ServiceDetail.json(found, catalog) : ServiceDetail.text(found, catalog))
    }
}
