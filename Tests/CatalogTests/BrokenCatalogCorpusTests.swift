import Catalog
import Foundation
import Testing

/// Each folder under Fixtures/broken holds files that replace the example catalog's, and
/// `expected.txt` with one `path:line:column: code` per diagnostic that must appear
/// (a `remove.txt` lists example files to delete). None may crash the loader, and no error or
/// warning may appear that `expected.txt` does not list: one mistake gives one diagnostic, not
/// a flood of consequences (notes, such as `cross-checks-skipped`, are not listed).
@Suite struct BrokenCatalogCorpusTests {
    static let corpus: URL = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/broken")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted()
    }

    @Test func corpusHasAtLeastThirtyCases() {
        #expect(Self.cases.count >= 30)
    }

    /// The diagnostics of one case, sorted, with file paths relative to the catalog folder.
    static func diagnostics(of name: String) throws -> [Diagnostic] {
        let folder = corpus.appendingPathComponent(name)
        let removed =
            (try? String(contentsOf: folder.appendingPathComponent("remove.txt"), encoding: .utf8))
            .map { Set($0.split(separator: "\n").map(String.init)) } ?? []
        var overrides: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            guard relative != "expected.txt", relative != "remove.txt" else { continue }
            let url = folder.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { overrides[relative] = try Data(contentsOf: url) }
        }
        let catalog = try TemporaryCatalog(exampleWith: overrides, removing: removed)
        defer { catalog.remove() }
        let prefix = catalog.path + "/"
        return try catalog.load().diagnostics.sorted.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.location.file = diagnostic.location.file.replacingOccurrences(of: prefix, with: "")
            return diagnostic
        }
    }

    @Test(arguments: cases)
    func brokenCatalogReportsExpectedDiagnostics(_ name: String) throws {
        let expected = try String(
            contentsOf: Self.corpus.appendingPathComponent(name).appendingPathComponent("expected.txt"), encoding: .utf8
        )
        .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(!expected.isEmpty, "\(name) has no expectations")
        let diagnostics = try Self.diagnostics(of: name)
        let line = { (diagnostic: Diagnostic) in "\(diagnostic.location): \(diagnostic.code)" }
        let actual = diagnostics.map(line)
        for line in expected {
            #expect(actual.contains(line), "\(name): expected \(line), got \(actual)")
        }
        for diagnostic in diagnostics where diagnostic.severity != .note {
            #expect(expected.contains(line(diagnostic)), "\(name): unexpected \(diagnostic.formatted)")
        }
        #expect(diagnostics.contains { $0.severity == .error || $0.severity == .warning })
    }
}
