import Catalog
import Foundation

/// A catalog written to a fresh temporary folder, so tests read real files from disk.
struct TemporaryCatalog {
    let root: URL

    var path: String { root.appendingPathComponent("catalog").path }

    init(_ files: [String: Data]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-\(UUID().uuidString)")
        for (relative, data) in files {
            let url = root.appendingPathComponent("catalog").appendingPathComponent(relative)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
    }

    /// The example catalog with some files replaced or added.
    init(exampleWith overrides: [String: Data] = [:], removing removed: Set<String> = []) throws {
        var files = ExampleCatalog.files.mapValues { Data($0.utf8) }
        for name in removed { files[name] = nil }
        files.merge(overrides) { _, new in new }
        try self.init(files)
    }

    func load() throws -> CatalogLoader.Result {
        CatalogLoader.load(try CatalogSource.directory(path))
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
