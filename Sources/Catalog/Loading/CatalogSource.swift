import Foundation

/// The files of a catalog: read from a folder, or given in memory (rule examples, tests).
public struct CatalogSource: Sendable {
    public struct File: Sendable {
        /// Relative to the catalog folder, with `/` separators, e.g. `windows/01.yaml`.
        public var relativePath: String
        /// As shown in diagnostics, e.g. `catalog/windows/01.yaml`.
        public var displayPath: String
        public var data: Data

        public init(relativePath: String, displayPath: String, data: Data) {
            self.relativePath = relativePath
            self.displayPath = displayPath
            self.data = data
        }
    }

    public var files: [File]

    public init(files: [File]) {
        self.files = files.sorted { $0.relativePath < $1.relativePath }
    }

    /// In-memory files keyed by relative path; `prefix` is prepended for display.
    public init(texts: [String: String], prefix: String = "catalog") {
        self.init(
            files: texts.map {
                File(relativePath: $0.key, displayPath: "\(prefix)/\($0.key)", data: Data($0.value.utf8))
            })
    }

    /// Every `.yaml`/`.yml` file below `directory`, found recursively.
    public static func directory(_ directory: String) throws(CatalogLoadError) -> CatalogSource {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CatalogLoadError.missingFolder(directory)
        }
        let root = URL(fileURLWithPath: directory)
        let display = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var found: [String] = []
        for case let relative as String in manager.enumerator(atPath: directory) ?? .init()
        where relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") {
            found.append(relative)
        }
        // Read on every core: a province's thousand files wait on the disk one by one otherwise.
        let paths = found
        let contents = Concurrently.map(paths.count) { index in
            try? Data(contentsOf: root.appendingPathComponent(paths[index]), options: .mappedIfSafe)
        }
        let files = zip(found, contents).compactMap { relative, data in
            data.map { File(relativePath: relative, displayPath: "\(display)/\(relative)", data: $0) }
        }
        return CatalogSource(files: files)
    }
}
