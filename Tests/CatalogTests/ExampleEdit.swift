import Catalog
import Testing

/// Loads the example catalog with one file edited (or replaced), for tests that need more than
/// a corpus case: the diagnostics come back sorted, paths as `catalog/...`.
enum ExampleEdit {
    static func load(_ file: String, replacing old: String, with new: String) throws -> [Diagnostic] {
        var files = ExampleCatalog.files
        let text = try #require(files[file], "no example file \(file)")
        let range = try #require(text.range(of: old), "'\(old)' not in \(file)")
        files[file] = text.replacingCharacters(in: range, with: new)
        return CatalogLoader.load(CatalogSource(texts: files)).diagnostics.sorted
    }

    static func load(_ file: String, text: String) -> [Diagnostic] {
        var files = ExampleCatalog.files
        files[file] = text
        return CatalogLoader.load(CatalogSource(texts: files)).diagnostics.sorted
    }

    /// `file:line:column: code` of every error and warning.
    static func problems(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.filter { $0.severity != .note }.map { "\($0.location): \($0.code)" }
    }
}
