import Catalog
import Foundation

/// A catalog file of any bytes, loaded with the rest of the shipped hall: diagnostics, never a crash.
enum CatalogFuzzing {
    /// The file an input replaces, chosen by its first byte, so one corpus reaches every kind.
    static let paths = [
        "services/01-daily-affairs.yaml", "departments.yaml", "windows/01.yaml", "hall.yaml", "facts.yaml",
        "materials.yaml", "thesaurus.yaml", "calendars/cn-national.yaml",
    ]

    static func loadFile(_ input: Data, on fixture: FuzzFixture) -> FuzzFindings {
        guard let selector = input.first else { return FuzzFindings() }
        let path = paths[Int(selector) % paths.count]
        let data = input.dropFirst()
        let loaded = CatalogLoader.load(fixture.source(replacing: path, with: Data(data)))
        var findings = FuzzFindings()
        findings.accepted = !loaded.diagnostics.hasErrors
        findings.broken = misplaced(loaded.diagnostics, in: "catalog/" + path, lines: lineCount(data))
        return findings
    }

    /// Diagnostics in the fuzzed file that point past its end or before its start.
    static func misplaced(_ bag: DiagnosticBag, in file: String, lines: Int) -> [String] {
        bag.diagnostics.filter { $0.location.file == file }.compactMap { diagnostic in
            let location = diagnostic.location
            guard location.line < 1 || location.column < 1 || location.line > lines + 1 else { return nil }
            return "\(diagnostic.code) at \(location), outside the file's \(lines) lines"
        }
    }

    /// Lines as an editor counts them (a final line without a newline counts).
    static func lineCount(_ data: Data.SubSequence) -> Int {
        var lines = 1
        var previous: UInt8 = 0
        for byte in data {
            if byte == 0x0A || (byte == 0x0D) { lines += (byte == 0x0A && previous == 0x0D) ? 0 : 1 }
            previous = byte
        }
        return lines
    }
}
