import ArgumentParser
import Catalog

/// `--catalog DIR`, shared by every command that reads the catalog.
struct CatalogOptions: ParsableArguments {
    @Option(name: .long, help: "服务目录文件夹。")
    var catalog = "catalog"

    /// Loads the catalog; one with errors is refused with its diagnostics.
    func load() throws(CatalogLoadError) -> Catalog {
        let result = CatalogLoader.load(try source())
        if let refusal = CatalogLoadError.refusing(
            CheckReport(result.diagnostics, strict: false).diagnostics, rules: false)
        {
            throw refusal
        }
        return result.catalog
    }

    func source() throws(CatalogLoadError) -> CatalogSource {
        try CatalogSource.directory(catalog)
    }
}

/// `--format` for commands that print text or JSON.
enum TextOrJSON: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
