import Catalog
import Foundation
import Testing

/// Did-you-mean finds typos and never does more work than a typo needs: `check` and imports stay
/// linear in the size of what they read, however long an unknown word is.
@Suite struct SuggestionTests {
    @Test func typosAreStillFound() {
        #expect(Suggestion.closest(to: "xgc", among: ["xsc", "jwc"]) == "xsc")
        #expect(Suggestion.closest(to: "student-id-replacment", among: ["student-id-replacement"]) != nil)
        #expect(Suggestion.closest(to: "学生证补", among: ["学生证补办", "成绩单盖章"]) == "学生证补办")
        #expect(Suggestion.closest(to: "C", among: ["A", "c"]) == "c")
        #expect(Suggestion.closest(to: "abcdefgh", among: ["zzzzzzzz"]) == nil)
        #expect(
            Suggestion.closest(to: "abcd", among: ["abce", "abcf", "abcx", "abcb"]) == "abcb",
            "a tie goes first in order")
    }

    /// Ids and names are short; a word longer than `maximumLength` is no typo of one, even when a
    /// candidate as long is one letter away, so its distance is never computed.
    @Test func aWordPastTheLengthCutoffGetsNoSuggestion() {
        let long = String(repeating: "service-", count: 25)
        #expect(Suggestion.closest(to: long + "x", among: [long + "y"]) == nil)
        let short = String(repeating: "a", count: Suggestion.maximumLength - 1)
        #expect(Suggestion.closest(to: short + "x", among: [short + "y"]) == short + "y")
    }

    /// The banded distance agrees with the full table whenever the full distance is within the limit.
    @Test func boundedDistanceAgreesWithTheFullTable() {
        var generator = SeededGenerator(seed: 20_261_201)
        let alphabet = Array("abc学")
        for _ in 0..<2_000 {
            let lhs = (0..<Int.random(in: 0...9, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator)!
            }
            let rhs = (0..<Int.random(in: 0...9, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator)!
            }
            let limit = Int.random(in: 0...3, using: &generator)
            let full = Self.fullDistance(lhs, rhs)
            let expected = full <= limit ? full : nil
            #expect(
                Suggestion.boundedEditDistance(lhs, rhs, limit: limit) == expected,
                "\(String(lhs)) / \(String(rhs)) within \(limit)")
        }
    }

    static func fullDistance(_ lhs: [Character], _ rhs: [Character]) -> Int {
        var table = (0...rhs.count).map { $0 }
        for (i, left) in lhs.enumerated() {
            var diagonal = table[0]
            table[0] = i + 1
            for (j, right) in rhs.enumerated() {
                let above = table[j + 1]
                table[j + 1] = min(above + 1, table[j] + 1, diagonal + (left == right ? 0 : 1))
                diagonal = above
            }
        }
        return table[rhs.count]
    }

    static let shipped = ShippedCatalogTests.folder

    /// The shipped catalog's files, with `edit` applied to one of them.
    static func loadShipped(editing file: String, _ edit: (String) -> String) throws -> [Diagnostic] {
        var texts: [String: String] = [:]
        for file in try CatalogSource.directory(shipped).files {
            texts[file.relativePath] = String(decoding: file.data, as: UTF8.self)
        }
        let text = try #require(texts[file])
        texts[file] = edit(text)
        return CatalogLoader.load(CatalogSource(texts: texts)).diagnostics.sorted
    }

    /// The probe that took 179 s: 5,000 unknown 200-character services listed by one window,
    /// against the 56 services of the shipped catalog. Each is reported, at its own line.
    @Test(.timeLimit(.minutes(1)))
    func fiveThousandLongUnknownReferencesAreEachReported() throws {
        let references = (0..<5_000).map { "    - " + String(repeating: "x", count: 196) + String(format: "%04d", $0) }
        let found = try Self.loadShipped(editing: "windows/01.yaml") {
            $0.replacingOccurrences(
                of: "  services:\n", with: "  services:\n" + references.joined(separator: "\n") + "\n")
        }
        let unknown = found.filter { $0.code == "unknown-reference" }
        #expect(unknown.count == 5_000)
        #expect(Set(unknown.map(\.location.line)).count == 5_000)
        #expect(unknown.allSatisfy { $0.message.utf8.count < 400 }, "\(unknown.first?.message.prefix(500) ?? "")")
    }

    /// The probe that took over 300 s: one unknown value a million characters long.
    @Test(.timeLimit(.minutes(1)))
    func aMillionCharacterUnknownValueIsReportedShortly() throws {
        let value = String(repeating: "certificat", count: 100_000)
        let found = try Self.loadShipped(editing: "windows/01.yaml") {
            $0.replacingOccurrences(of: "departments: [xsc]", with: "departments: [\(value)]")
        }
        let problems = found.filter { $0.severity == .error }
        #expect(problems.map(\.code) == ["unknown-reference"])
        #expect(problems.allSatisfy { $0.message.utf8.count < 400 })
    }
}
