import Assessment
import Catalog
import Foundation

/// The shipped hall every fuzz input is tried against, read once per process.
public struct FuzzFixture: Sendable {
    public let catalogFiles: [CatalogSource.File]
    public let catalog: Catalog
    public let rules: SchemeLoader.Result

    /// `root` is the repository (its catalog/ and rules/ folders).
    public init(root: String) throws {
        let source = try CatalogSource.directory(root + "/catalog")
        catalogFiles = source.files
        let loaded = CatalogLoader.load(source)
        guard !loaded.diagnostics.hasErrors else { throw FixtureError.catalogHasErrors }
        catalog = loaded.catalog
        rules = SchemeLoader.load(folder: root + "/rules")
    }

    enum FixtureError: Error { case catalogHasErrors }

    /// The shipped catalog with one file's bytes replaced (or added).
    func source(replacing relativePath: String, with data: Data) -> CatalogSource {
        var files = catalogFiles.filter { $0.relativePath != relativePath }
        files.append(.init(relativePath: relativePath, displayPath: "catalog/" + relativePath, data: data))
        return CatalogSource(files: files)
    }
}
