import ArgumentParser
import Catalog

/// `--catalog DIR`, shared by every command that reads the catalog.
struct CatalogOptions: ParsableArguments {
    @Option(name: .long, help: "服务目录文件夹。")
    var catalog = "catalog"

    /// Loads the catalog; diagnostics go to standard error and errors end the command.
    func load() throws -> Catalog {
        let result = CatalogLoader.load(try source())
        let report = CheckReport(result.diagnostics, strict: false)
        guard !report.hasErrors else {
            for diagnostic in report.diagnostics where diagnostic.severity == .error {
                Terminal.error(diagnostic.formatted)
            }
            Terminal.error("目录有错误，请先运行 onestop check 修正")
            throw ExitCode.failure
        }
        return result.catalog
    }

    func source() throws -> CatalogSource {
        do {
            return try CatalogSource.directory(catalog)
        } catch {
            Terminal.error("error: \(error)")
            throw ExitCode(2)
        }
    }
}

/// `--format` for commands that print text or JSON.
enum TextOrJSON: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
