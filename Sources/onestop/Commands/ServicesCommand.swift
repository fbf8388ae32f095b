import ArgumentParser
import Catalog

struct ServicesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "services", abstract: "按窗口列出服务事项。")

    @OptionGroup var options: CatalogOptions

    @Option(name: .long, help: "只列出该号窗口的事项。")
    var window: Int?

    @Option(name: .long, help: "text 或 json。")
    var format: TextOrJSON = .text

    func run() throws {
        let catalog = try options.load()
        if let window, catalog.window(number: window) == nil {
            let numbers = catalog.windowsByNumber.map { String($0.number) }
            throw CommandError(
                "没有 \(window) 号窗口；现有窗口：\(numbers.joined(separator: ", "))", code: .unknownWindow,
                details: ErrorDetails(candidates: numbers))
        }
        Terminal.write(
            format == .json
                ? ServicesReport.json(catalog, window: window) : ServicesReport.text(catalog, window: window))
    }
}
