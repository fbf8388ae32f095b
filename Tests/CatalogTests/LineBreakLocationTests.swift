import Catalog
import Foundation
import Testing

/// Every diagnostic points inside its file, at the line an editor shows, whatever the file's line
/// ends: LF, CRLF, CR alone, none at the end; and line separators that YAML readers disagree
/// about (U+0085, U+2028, U+2029) are refused where they are written.
@Suite struct LineBreakLocationTests {
    /// The lines of `text` as an editor shows them: broken at CRLF, CR and LF only.
    static func lines(of text: String) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = [[]]
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar == "\n", previous == "\r" {
                // The LF of a CRLF: the CR already ended the line.
            } else if scalar == "\n" || scalar == "\r" {
                lines.append([])
            } else {
                lines[lines.count - 1].append(scalar)
            }
            previous = scalar
        }
        return lines
    }

    /// Whether the diagnostic is at a position inside `text`: a line it has, a column up to one
    /// past that line's last character.
    static func isInside(_ diagnostic: Diagnostic, _ text: String) -> Bool {
        let location = diagnostic.location
        let lines = lines(of: text)
        guard location.line >= 1, location.line <= lines.count else { return false }
        return location.column >= 1 && location.column <= lines[location.line - 1].count + 1
    }

    static func load(_ file: String, _ text: String) -> [Diagnostic] {
        var files = ExampleCatalog.files
        files[file] = text
        return CatalogLoader.load(CatalogSource(texts: files)).diagnostics.sorted
    }

    static func withLineEnds(_ text: String, _ end: String) -> String {
        text.replacingOccurrences(of: "\n", with: end)
    }

    /// The same mistakes are found at the same line and column with LF, CRLF or CR line ends:
    /// one the YAML library places, one inside a block scalar, and an anchor found in the text.
    @Test(arguments: ["\n", "\r\n", "\r"])
    func lineEndsDoNotMoveADiagnostic(_ end: String) throws {
        let departments = try #require(ExampleCatalog.files["departments.yaml"]).replacingOccurrences(
            of: "name: 教务处\n    in_hall: true", with: "name: 教务处\n    in_hall: yes")
        #expect(
            ExampleEdit.problems(Self.load("departments.yaml", Self.withLineEnds(departments, end)))
                == ["catalog/departments.yaml:9:14: type-mismatch"])
        let services = try #require(ExampleCatalog.files["services/daily.yaml"]).replacingOccurrences(
            of: "requires: applicant.stage != \"graduate\"",
            with: "requires: |\n          applicant.stage != \"graduate\" &&\n            card.reasn != \"stolen\"")
        #expect(
            ExampleEdit.problems(Self.load("services/daily.yaml", Self.withLineEnds(services, end)))
                == ["catalog/services/daily.yaml:13:13: unknown-fact"])
        let anchored = departments.replacingOccurrences(of: "in_hall: yes", with: "in_hall: &yes true")
        #expect(
            ExampleEdit.problems(Self.load("departments.yaml", Self.withLineEnds(anchored, end)))
                == ["catalog/departments.yaml:9:14: yaml-alias"])
    }

    /// A syntax error at the end of a file without a final line break is on its last line.
    @Test(arguments: ["\n", "\r\n", "\r"])
    func anErrorAtTheEndOfAFileWithoutAFinalLineBreakIsOnItsLastLine(_ end: String) {
        let text = Self.withLineEnds("version: 1\nfacts:\n  - id: applicant.stage\n    prompt: [您是", end)
        let found = Self.load("facts.yaml", text)
        let problems = found.filter { $0.severity != .note }
        #expect(!problems.isEmpty)
        for diagnostic in problems {
            #expect(diagnostic.location.line == 4, "\(diagnostic.formatted)")
            #expect(Self.isInside(diagnostic, text), "\(diagnostic.formatted)")
        }
    }

    /// A byte-order mark, which editors hide, takes no column.
    @Test func aByteOrderMarkTakesNoColumn() throws {
        let text =
            "\u{FEFF}"
            + (try #require(ExampleCatalog.files["facts.yaml"])).replacingOccurrences(
                of: "version: 1", with: "version: &v 1")
        #expect(ExampleEdit.problems(Self.load("facts.yaml", text)) == ["catalog/facts.yaml:1:10: yaml-alias"])
        let version = "\u{FEFF}version: 2\nfacts: []\n"
        #expect(
            ExampleEdit.problems(Self.load("facts.yaml", version)).first
                == "catalog/facts.yaml:1:10: unsupported-version")
    }

    @Test(arguments: ["\u{2028}", "\u{2029}", "\u{85}"])
    func aLineSeparatorIsRefusedWhereItIsWritten(_ separator: String) throws {
        let text = try #require(ExampleCatalog.files["departments.yaml"]).replacingOccurrences(
            of: "name: 教务处", with: "name: 教务\(separator)处")
        let found = Self.load("departments.yaml", text)
        #expect(ExampleEdit.problems(found) == ["catalog/departments.yaml:8:13: invalid-line-break"])
    }

    /// Seeded mutations of every example file's line ends and text; every diagnostic about the
    /// mutated file lies inside it.
    @Test func mutatedLineEndsNeverPointOutsideTheFile() {
        var generator = SeededGenerator(seed: 20_261_201)
        let breaks = ["\n", "\r\n", "\r", "\u{2028}", "\u{2029}", "\u{85}"]
        let junk = [":", "-", "[", "{", "\"", "'", "\t", "#", "|", ">", " ", "\\", "x"]
        var checked = 0
        for (name, original) in ExampleCatalog.files.sorted(by: { $0.key < $1.key }) {
            for round in 0..<12 {
                var text = original
                if round % 2 == 0 { text = Self.withLineEnds(text, breaks[Int.random(in: 0..<3, using: &generator)]) }
                var scalars = Array(text.unicodeScalars)
                if Bool.random(using: &generator) {
                    while scalars.last == "\n" || scalars.last == "\r" { scalars.removeLast() }
                }
                for _ in 0..<Int.random(in: 1...3, using: &generator) {
                    let piece =
                        Bool.random(using: &generator)
                        ? breaks.randomElement(using: &generator)! : junk.randomElement(using: &generator)!
                    scalars.insert(
                        contentsOf: piece.unicodeScalars, at: Int.random(in: 0...scalars.count, using: &generator))
                }
                if round % 4 == 1 {
                    scalars = Array(scalars.prefix(Int.random(in: 0...scalars.count, using: &generator)))
                }
                var mutated = ""
                mutated.unicodeScalars.append(contentsOf: scalars)
                for diagnostic in Self.load(name, mutated) where diagnostic.location.file == "catalog/\(name)" {
                    #expect(
                        Self.isInside(diagnostic, mutated), "\(diagnostic.formatted) in \(mutated.debugDescription)")
                    checked += 1
                }
            }
        }
        #expect(checked > 50)
    }
}
