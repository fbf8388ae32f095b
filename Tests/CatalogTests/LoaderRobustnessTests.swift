import Catalog
import Foundation
import Testing

/// No input crashes the loader: every bad file ends in located diagnostics with registered codes.
@Suite struct LoaderRobustnessTests {
    static let knownCodes = Set(ValidationRule.all.map(\.id))

    func diagnostics(for file: String, _ data: Data) throws -> [Diagnostic] {
        let catalog = try TemporaryCatalog(exampleWith: [file: data])
        defer { catalog.remove() }
        return try catalog.load().diagnostics.sorted
    }

    @Test func fiftyMegabyteFileIsRefusedNotRead() throws {
        let line = Data("# padding line of a very large file\n".utf8)
        var data = Data("version: 1\n".utf8)
        data.reserveCapacity(50 * 1024 * 1024)
        while data.count < 50 * 1024 * 1024 { data.append(line) }
        let found = try diagnostics(for: "facts.yaml", data)
        #expect(found.contains { $0.code == "file-too-large" && $0.location.line == 1 })
    }

    @Test func binaryJunkIsAnEncodingError() throws {
        var generator = SystemRandomNumberGenerator()
        let junk = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let found = try diagnostics(for: "materials.yaml", junk)
        #expect(found.contains { $0.code == "invalid-encoding" || $0.code == "yaml-syntax" })
    }

    @Test func deepNestingIsRefused() throws {
        for depth in [100, 5_000, 200_000] {
            let text =
                "version: 1\nfacts: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            let found = try diagnostics(for: "facts.yaml", Data(text.utf8))
            #expect(found.contains { $0.code == "nesting-too-deep" }, "depth \(depth): \(found.map(\.formatted))")
        }
        let block = "version: 1\nfacts:\n" + (0..<300).map { String(repeating: "  ", count: $0) + "- \n" }.joined()
        let found = try diagnostics(for: "facts.yaml", Data(block.utf8))
        #expect(found.contains { $0.severity == .error })
    }

    @Test func wrongTypesEverywhereAreReportedNotCrashed() throws {
        for text in ["[]", "42", "\"text\"", "version: 1\nfacts: 3", "version: 1\nhall: []", "- - -", "version: [1]"] {
            let found = try diagnostics(for: "hall.yaml", Data(text.utf8))
            #expect(found.contains { $0.severity == .error }, "'\(text)' gave \(found.map(\.formatted))")
        }
    }

    @Test func billionLaughsIsRefused() throws {
        var text = "version: 1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<9 {
            text +=
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        let found = try diagnostics(for: "facts.yaml", Data(text.utf8))
        #expect(found.contains { $0.code == "yaml-alias" || $0.code == "nesting-too-deep" })
    }

    /// An alias used as a mapping key makes the YAML library hash the key's whole expansion, a
    /// billion values from 400 bytes (290 s before it was refused): anchors and aliases are
    /// found in the text before the tree is built, each where it is written.
    @Test(.timeLimit(.minutes(1)))
    func aliasAsAMappingKeyIsRefusedBeforeTheTreeIsBuilt() {
        var text = "version: 1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<9 {
            text +=
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ",") + "]\n"
        }
        text += "? *a8\n: x\n"
        #expect(text.utf8.count < 500)
        let found = ExampleEdit.load("facts.yaml", text: text)
        #expect(ExampleEdit.problems(found).first == "catalog/facts.yaml:2:5: yaml-alias")
        #expect(found.allSatisfy { $0.code == "yaml-alias" || $0.severity == .note }, "\(found.map(\.formatted))")
        #expect(found.last?.location.line == 11, "the last alias, the key, is where the rest are counted")
    }

    /// Truncations and byte flips of every example file: always diagnostics with known codes, inside the file.
    @Test func mutatedExampleFilesNeverCrash() throws {
        var generator = SeededGenerator(seed: 20_261_123)
        var outcomes: [String: Int] = [:]
        var insideChecked = 0
        for (name, text) in ExampleCatalog.files.sorted(by: { $0.key < $1.key }) {
            let bytes = Array(text.utf8)
            for _ in 0..<12 {
                var mutated = bytes
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: mutated = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &generator)))
                case 1:
                    let index = Int.random(in: 0..<bytes.count, using: &generator)
                    mutated[index] = UInt8.random(in: 0...255, using: &generator)
                default:
                    let index = Int.random(in: 0..<bytes.count, using: &generator)
                    mutated.insert(
                        contentsOf: Array(":-[{&*'\"\t".utf8).shuffled(using: &generator).prefix(2), at: index)
                }
                let catalog = try TemporaryCatalog(exampleWith: [name: Data(mutated)])
                defer { catalog.remove() }
                for diagnostic in try catalog.load().diagnostics.diagnostics {
                    #expect(Self.knownCodes.contains(diagnostic.code), "unregistered code \(diagnostic.code)")
                    if diagnostic.location.file == "\(catalog.path)/\(name)" {
                        let text = String(decoding: mutated, as: UTF8.self)
                        #expect(LineBreakLocationTests.isInside(diagnostic, text), "\(diagnostic.formatted)")
                        insideChecked += 1
                    }
                    outcomes[diagnostic.code, default: 0] += 1
                }
            }
        }
        #expect(!outcomes.isEmpty)
        #expect(insideChecked > 20)
    }
}

/// A small deterministic generator (SplitMix64) so fuzz cases repeat from run to run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
