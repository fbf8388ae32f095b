import Catalog
import Foundation

/// The shipped catalog, loaded once from the repository's catalog/ folder.
enum CatalogFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let catalog: Catalog = {
        let source =
            (try? CatalogSource.directory(repository.appendingPathComponent("catalog").path)) ?? .init(files: [])
        return CatalogLoader.load(source).catalog
    }()
}
