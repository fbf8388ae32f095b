import Catalog
import Foundation
import Testing

/// `onestop init` writes the example catalog only where it overwrites nothing.
@Suite struct ExampleCatalogWriterTests {
    let base: URL

    init() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
    }

    @Test(arguments: ["", "  ", "\n"])
    func refusesAnEmptyName(name: String) {
        #expect(throws: ExampleCatalogWriter.Failure.emptyPath) { try ExampleCatalogWriter.write(into: name) }
    }

    @Test func refusesAFolderWithFilesAndLeavesThemAlone() throws {
        let hall = base.appendingPathComponent("hall.yaml")
        try Data("mine".utf8).write(to: hall)
        #expect(throws: ExampleCatalogWriter.Failure.folderNotEmpty(base.path)) {
            try ExampleCatalogWriter.write(into: base.path)
        }
        #expect(try String(contentsOf: hall, encoding: .utf8) == "mine")
    }

    @Test func refusesAFile() throws {
        let file = base.appendingPathComponent("notes.txt")
        try Data("x".utf8).write(to: file)
        #expect(throws: ExampleCatalogWriter.Failure.notAFolder(file.path)) {
            try ExampleCatalogWriter.write(into: file.path)
        }
    }

    @Test func writesIntoANewOrAnEmptyFolder() throws {
        let empty = base.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        for folder in [base.appendingPathComponent("new/catalog").path, empty.path] {
            #expect(try ExampleCatalogWriter.write(into: folder) == ExampleCatalog.files.count)
            let result = CatalogLoader.load(try CatalogSource.directory(folder))
            #expect(result.diagnostics.sorted.map(\.formatted) == [])
        }
    }
}
