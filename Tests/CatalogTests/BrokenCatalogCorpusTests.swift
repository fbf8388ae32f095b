import Catalog
import Foundation
import Testing

/// Each folder under Fixtures/broken holds files that replace the example catalog's, and
/// `expected.txt` with one `path:line:column: code` per diagnostic that must appear
/// (a `remove.txt` lists example files to delete). None may crash the loader.
@Suite struct BrokenCatalogCorpusTests {
    static let corpus: URL = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/broken")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted()
    }

    @Test func corpusHasAtLeastThirtyCases() {
        #expect(Self.cases.count >= 30)
    }

    @Test(arguments: cases)
    func brokenCatalogReportsExpectedDiagnostics(_ name: String) throws {
        let folder = Self.corpus.appendingPathComponent(name)
        let expected = try String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(!expected.isEmpty, "\(name) has no expectations")
        let removed =
            (try? String(contentsOf: folder.appendingPathComponent("remove.txt"), encoding: .utf8))
            .map { Set($0.split(separator: "\n").map(String.init)) } ?? []
        var overrides: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            guard relative != "expected.txt", relative != "remove.txt" else { continue }
            let url = folder.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { overrides[relative] = try Data(contentsOf: url) }
        }
        let catalog = try TemporaryCatalog(exampleWith: overrides, removing: removed)
        defer { catalog.remove() }
        let result = try catalog.load()
        let prefix = catalog.path + "/"
        let actual = result.diagnostics.sorted.map {
            "\($0.location.file.replacingOccurrences(of: prefix, with: "")):\($0.location.line):\($0.location.column): \($0.code)"
        }
        for line in expected {
            #expect(actual.contains(line), "\(name): expected \(line), got \(actual)")
        }
        #expect(result.diagnostics.hasErrors || result.diagnostics.diagnostics.contains { $0.severity == .warning })
    }
}
