import Foundation
import Testing

@testable import QRCode

/// Golden data written by `scripts/make-golden.py` from segno; see that script for the file formats.
enum Fixtures {
    struct NamedCase: Decodable, Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let correction: String
        let mask: Int?
        let version: Int
        let expectedMask: Int
        var testDescription: String { name }
    }

    struct SweepCase: Decodable, Sendable, CustomTestStringConvertible {
        let version: Int
        let correction: String
        let byteCount: Int
        let seed: Int
        let expectedMask: Int
        let digest: String
        var testDescription: String { "version \(version)-\(correction)" }

        /// Mirrors `filler()` in the script: printable ASCII that fills the symbol to capacity.
        var text: String {
            String(decoding: (0..<byteCount).map { UInt8(0x21 + ($0 * 7 + seed * 13) % 94) }, as: UTF8.self)
        }
    }

    struct TableRow: Decodable, Sendable {
        let version: Int
        let correction: String
        /// [block count, total codewords per block, data codewords per block] for each group.
        let blockGroups: [[Int]]
        let alignmentCenters: [Int]
    }

    // Failures to load surface as empty lists, which `FixtureLoadingTests` reports.
    static let namedCases: [NamedCase] = load("cases")
    static let sweepCases: [SweepCase] = load("sweep")
    static let tableRows: [TableRow] = load("tables")

    static func matrixText(named name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func correction(_ letter: String) -> QRCode.Correction {
        switch letter {
        case "L": .low
        case "M": .medium
        case "Q": .quartile
        default: .high
        }
    }

    private static func load<Element: Decodable>(_ name: String) -> [Element] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"),
            let data = try? Data(contentsOf: url)
        else { return [] }
        return (try? JSONDecoder().decode([Element].self, from: data)) ?? []
    }
}

extension QRCode {
    /// The same text layout as the fixtures: one line per row, `1` for dark.
    var matrixText: String {
        modules.map { row in String(row.map { $0 ? "1" : "0" }) + "\n" }.joined()
    }
}

/// FNV-1a, 64 bit, as in the script; digests keep the 160-symbol sweep small.
func fnv1a64(_ text: String) -> String {
    var digest: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
        digest = (digest ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    let hex = String(digest, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
}

@Suite struct FixtureLoadingTests {
    @Test func fixturesAreBundled() {
        #expect(Fixtures.namedCases.count == 70)
        #expect(Fixtures.sweepCases.count == 160)
        #expect(Fixtures.tableRows.count == 160)
    }
}
