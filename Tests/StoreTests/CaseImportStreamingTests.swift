import Catalog
import Foundation
import Store
import Testing

/// An import read from its file a chunk at a time gives what the whole file would: a quoted
/// cell split across two chunks, a byte-order mark, the file's fingerprint. Its scratch files
/// do not outlive it.
@Suite struct CaseImportStreamingTests {
    let fixture: LedgerFixture

    init() throws { fixture = try LedgerFixture() }

    static let chunk = 1 << 20
    static let base = "学生证补办,1,2022000000,2026-09-28T09:30,"

    /// A file whose first chunk ends `split` bytes into the name `"李""四"` of its last row: 5 ends
    /// it between the doubled quotes, 10 on the closing one.
    static func file(splittingTheNameAfter split: Int) -> (data: Data, rows: Int) {
        var text = Data("\u{FEFF}service,window,student,submitted,name\n".utf8)
        var rows = 0
        func append(_ name: String) {
            rows += 1
            text += Data("学生证补办,1,\(2_022_000_000 + rows),2026-09-28T09:30,\(name)\n".utf8)
        }
        let rowWithoutName = Data("学生证补办,1,2022000000,2026-09-28T09:30,\n".utf8).count
        // The last row starts here, so that its name's first `split` bytes end the chunk.
        let start = chunk - split - (rowWithoutName - 1)
        let filler = String(repeating: "王", count: 1000)
        while text.count + 2 * (rowWithoutName + filler.utf8.count) < start { append(filler) }
        append(String(repeating: "x", count: start - text.count - rowWithoutName))
        append("\"李\"\"四\"")
        return (text, rows)
    }

    @Test(arguments: [5, 10])
    func aFileReadInChunksImportsAsAWhole(_ split: Int) throws {
        defer { fixture.remove() }
        let (data, rows) = Self.file(splittingTheNameAfter: split)
        #expect(data[Self.chunk - 1] == UInt8(ascii: "\""))  // the first chunk ends on a quote
        let path = fixture.folder.appendingPathComponent("ledger.csv").path
        try data.write(to: URL(fileURLWithPath: path))
        let result = try fixture.ledger.importCases(
            path: path, file: "ledger.csv", at: LedgerFixture.at("2026-11-01T09:00"), by: "clerk")
        #expect(result.rows == rows)
        #expect(result.batch?.fingerprint == Fingerprint.of(data))
        let names = try fixture.ledger.list().compactMap(\.studentName)
        #expect(names.filter { $0 == "李\"四" }.count == 1)
        #expect(names.allSatisfy { !$0.contains("\u{FEFF}") && !$0.contains("\n") })
    }

    /// A scratch file left by an import that was killed (its process is gone) holds students'
    /// data: the next import removes it; a live process's file is left alone.
    @Test func theNextImportRemovesAKilledImportsScratchFile() throws {
        defer { fixture.remove() }
        let folder = FileManager.default.temporaryDirectory
        let dead = folder.appendingPathComponent("onestop-import-999999999-\(UUID().uuidString).sqlite")
        let alive = folder.appendingPathComponent("onestop-import-\(getpid())-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: alive) }
        for file in [dead, alive] { try Data("学生".utf8).write(to: file) }
        _ = try fixture.ledger.importCases(
            data: Data("service,window,student,submitted\n学生证补办,1,2021040123,2026-09-28T09:30\n".utf8),
            file: "ledger.csv", at: LedgerFixture.at("2026-11-01T09:00"), by: "clerk")
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        #expect(FileManager.default.fileExists(atPath: alive.path))
    }
}
