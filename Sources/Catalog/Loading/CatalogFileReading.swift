import Foundation

/// One catalog file read on its own: its tree, the diagnostics of its syntax, version and
/// shape, and the values it marks assumed. Files depend on each other only once their models
/// are added, so the loader reads them a few at a time on every core.
struct CatalogFileReading: Sendable {
    /// Nil when the file could not be read as a catalog file of this version.
    var root: YAMLNode?
    var diagnostics: DiagnosticBag
    var assumed: [AssumedValue]

    static func read(_ file: CatalogSource.File, kind: CatalogFileKind, on lane: Lane) -> CatalogFileReading {
        var bag = DiagnosticBag()
        guard let root = YAMLReader.read(file.data, file: file.displayPath, into: &bag),
            CatalogLoader.checkVersion(root, file: file.displayPath, into: &bag)
        else { return CatalogFileReading(root: nil, diagnostics: bag, assumed: []) }
        var checker = ShapeChecker(patterns: lane.patterns)
        checker.check(root, against: lane.shape(for: kind), path: "")
        bag.append(contentsOf: checker.bag)
        return CatalogFileReading(
            root: root, diagnostics: bag, assumed: AssumedValueCollector.collect(in: root, path: ""))
    }

    /// Reads the files of known kinds (`kinds[i]` is that of `files[i]`) and hands each file with
    /// its reading, nil for a file of no known kind, to `use` in the files' order. A batch of a
    /// few files per core is read at once and let go before the next: memory holds a batch's
    /// trees, never the whole catalog's.
    static func each(
        _ files: [CatalogSource.File], kinds: [CatalogFileKind?],
        _ use: (CatalogSource.File, CatalogFileKind?, CatalogFileReading?) -> Void
    ) {
        // At most 8 cores' worth: a large server would otherwise hold hundreds of files' trees.
        let batch = min(max(1, ProcessInfo.processInfo.activeProcessorCount), 8) * 4
        let lanes = (0..<min(batch, files.count)).map { _ in Lane() }
        var start = 0
        while start < files.count {
            let first = start
            let count = min(batch, files.count - first)
            let readings = Concurrently.map(count) { offset in
                kinds[first + offset].map { read(files[first + offset], kind: $0, on: lanes[offset]) }
            }
            for (offset, reading) in readings.enumerated() {
                use(files[first + offset], kinds[first + offset], reading)
            }
            start += count
        }
    }

    /// What one thread reading a file at a time keeps for itself: its own copy of the shapes
    /// and its own compiled patterns, as sharing them between cores cost a fifth more CPU time
    /// (`Shape.unshared`). Offset `i` of every batch reads on lane `i`, so a lane is never used
    /// by two threads at once.
    final class Lane: @unchecked Sendable {
        let patterns = PatternCache()
        private var shapes: [CatalogFileKind: Shape] = [:]

        func shape(for kind: CatalogFileKind) -> Shape {
            if let shape = shapes[kind] { return shape }
            let shape = Shape.object(CatalogShapes.root(for: kind).unshared())
            shapes[kind] = shape
            return shape
        }
    }
}
