import Catalog
import Foundation
import Testing

/// A file that is not UTF-8 is reported where it stops being UTF-8, with the encoding it was
/// probably saved in.
@Suite struct EncodingDiagnosisTests {
    func diagnostics(_ data: Data, as file: String = "facts.yaml") throws -> [Diagnostic] {
        let catalog = try TemporaryCatalog(exampleWith: [file: data])
        defer { catalog.remove() }
        let prefix = catalog.path + "/"
        return try catalog.load().diagnostics.sorted.filter { $0.severity != .note }.map {
            var diagnostic = $0
            diagnostic.location.file = diagnostic.location.file.replacingOccurrences(of: prefix, with: "")
            return diagnostic
        }
    }

    @Test func bigEndianUTF16WithAByteOrderMark() throws {
        var data = Data([0xFE, 0xFF])
        for unit in "version: 1\nfacts: []\n".utf16 { data.append(contentsOf: [UInt8(unit >> 8), UInt8(unit & 0xFF)]) }
        let found = try diagnostics(data)
        #expect(found.map { "\($0.location): \($0.code)" } == ["facts.yaml:1:1: invalid-encoding"])
        #expect(found.first?.message.contains("UTF-16") == true)
    }

    @Test func latin1ByteAfterChineseOnTheSameLineCountsCharactersNotBytes() throws {
        var data = Data("version: 1\nfacts:\n  - id: a.b\n    prompt: 咖啡caf".utf8)
        data.append(0xE9)  // é in Latin-1
        data.append(contentsOf: Data("\n    type: boolean\n".utf8))
        let found = try diagnostics(data)
        #expect(found.map { "\($0.location): \($0.code)" } == ["facts.yaml:4:18: invalid-encoding"])
        #expect(found.first?.message.contains("0xE9") == true)
        #expect(found.first?.message.contains("Latin-1") == true)
    }

    @Test func gbkTextIsNamedAndPlacedAtItsFirstCharacter() throws {
        var data = Data("version: 1\nfacts:\n  - id: a.b\n    prompt: ".utf8)
        data.append(contentsOf: [0xC4, 0xFA, 0xCA, 0xC7, 0xD0, 0xC2, 0xC9, 0xFA])  // 您是新生 in GBK
        data.append(contentsOf: Data("\n    type: boolean\n".utf8))
        let found = try diagnostics(data)
        #expect(found.map { "\($0.location): \($0.code)" } == ["facts.yaml:4:13: invalid-encoding"])
        #expect(found.first?.message.contains("GBK") == true)
    }

    @Test func nulByteInTextIsPlaced() throws {
        let found = try diagnostics(Data("version: 1\nfacts:\n  - id: a\u{0}b\n".utf8))
        #expect(found.map { "\($0.location): \($0.code)" } == ["facts.yaml:3:10: invalid-encoding"])
    }

    /// libyaml counts the offset in characters, where a Windows line end (CR LF) is one.
    @Test(arguments: ["\n", "\r\n"])
    func controlCharacterIsPlaced(lineEnd: String) throws {
        let text = ["version: 1", "facts:", "  - id: a\u{1}b", ""].joined(separator: lineEnd)
        let found = try diagnostics(Data(text.utf8))
        #expect(found.map { "\($0.location): \($0.code)" } == ["facts.yaml:3:10: invalid-encoding"])
    }
}
