import Catalog
import Testing

/// No condition string crashes or stalls the loader: huge conditions are refused where they
/// become too long, and random mutations of real conditions always end in located diagnostics.
@Suite struct ConditionRobustnessTests {
    static let requires = "requires: applicant.stage != \"graduate\""
    static let term = "card.reason == \"lost\""

    /// A condition of `count` terms joined by `joiner`, on line 11 of services/daily.yaml.
    static func load(terms count: Int, joiner: String) throws -> [Diagnostic] {
        let condition = Array(repeating: term, count: count).joined(separator: " \(joiner) ")
        return try ExampleEdit.load("services/daily.yaml", replacing: requires, with: "requires: \(condition)")
    }

    @Test(arguments: ["||", "&&"])
    func tenThousandTermsAreRefusedAtTheFirstTermTooMany(_ joiner: String) throws {
        let found = try Self.load(terms: 10_000, joiner: joiner)
        let limit = Condition.maximumTerms
        // The first term is at column 19, after `requires: `; each term and its joiner take 25 columns.
        let column = 19 + limit * (Self.term.count + joiner.count + 2)
        #expect(ExampleEdit.problems(found) == ["catalog/services/daily.yaml:11:\(column): condition-too-long"])
        #expect(found.first.map { $0.message.utf8.count < 300 } == true, "the message repeats the condition")
    }

    @Test func aListOfTenThousandValuesIsRefusedAtTheFirstValueTooMany() throws {
        let values = Array(repeating: "\"lost\"", count: 10_000).joined(separator: ", ")
        let found = try ExampleEdit.load(
            "services/daily.yaml", replacing: Self.requires, with: "requires: card.reason in [\(values)]")
        let column = 19 + "card.reason in [".count + Condition.maximumTerms * "\"lost\", ".count
        #expect(ExampleEdit.problems(found) == ["catalog/services/daily.yaml:11:\(column): condition-too-long"])
    }

    /// The first mistake is reported, even when the text goes on to hold another kind of mistake
    /// (an unknown character): a condition is read only as far as its first error.
    @Test func theFirstMistakeIsReportedNotALaterUnreadableCharacter() throws {
        let found = try ExampleEdit.load(
            "services/daily.yaml", replacing: Self.requires,
            with: "requires: card.reason == == \"lost\"" + String(repeating: " ( @", count: 100_000))
        #expect(ExampleEdit.problems(found) == ["catalog/services/daily.yaml:11:34: condition-syntax"])
        #expect(found.first?.message.contains("这里应写带引号的取值") == true, "\(found.first?.message ?? "")")
    }

    @Test func aConditionAtTheLimitIsAccepted() throws {
        let found = try Self.load(terms: Condition.maximumTerms, joiner: "||")
        #expect(ExampleEdit.problems(found) == [])
    }

    /// Terms nested in brackets count together: bracketing does not reset the count.
    @Test func termsInsideBracketsCount() throws {
        let half = Array(repeating: Self.term, count: Condition.maximumTerms / 2 + 1).joined(separator: " || ")
        let found = try ExampleEdit.load(
            "services/daily.yaml", replacing: Self.requires, with: "requires: \(half) && (\(half))")
        #expect(ExampleEdit.problems(found).map { $0.hasSuffix(": condition-too-long") } == [true])
    }

    static let pieces = [
        "(", ")", "!", "&&", "||", "&", "|", "==", "!=", "=", " in ", " not ", "[", "]", ",", "\"", "'",
        "\"lost\"", "card.reason", "applicant.stage", "true", "\\", "\n", "#", ":",
    ]

    /// Seeded mutations of the example's conditions: insertions of condition syntax, deletions,
    /// and repeats of a slice (which grow a condition quickly), written as plain, quoted and block
    /// scalars. Every outcome is a set of located diagnostics with registered codes.
    @Test func mutatedConditionsNeverCrash() throws {
        var generator = SeededGenerator(seed: 20_261_201)
        let seeds = ["applicant.stage != \"graduate\"", "!(card.reason in [\"lost\", \"stolen\"]) || applicant.stage"]
        var codes: [String: Int] = [:]
        for round in 0..<60 {
            var scalars = Array(seeds[round % seeds.count].unicodeScalars)
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                Self.mutate(&scalars, using: &generator)
            }
            var condition = ""
            condition.unicodeScalars.append(contentsOf: scalars)
            let yaml = Self.embed(condition, style: round % 3)
            var files = ExampleCatalog.files
            files["services/daily.yaml"] = files["services/daily.yaml"]?.replacingOccurrences(
                of: Self.requires, with: yaml)
            let result = CatalogLoader.load(CatalogSource(texts: files))
            let text = files["services/daily.yaml"] ?? ""
            for diagnostic in result.diagnostics.diagnostics {
                #expect(LoaderRobustnessTests.knownCodes.contains(diagnostic.code), "\(diagnostic.formatted)")
                if diagnostic.location.file == "catalog/services/daily.yaml" {
                    #expect(LineBreakLocationTests.isInside(diagnostic, text), "\(diagnostic.formatted)")
                }
                codes[diagnostic.code, default: 0] += 1
            }
            let conditions = result.catalog.services.flatMap { service in
                service.acceptance.map(\.requires) + service.materials.compactMap(\.when)
            }
            for condition in conditions {
                _ = condition.evaluate(["card.reason": "lost", "applicant.stage": "enrolled"])
                _ = condition.facts
            }
        }
        #expect(codes["condition-syntax", default: 0] > 0)
        #expect(codes["condition-too-long", default: 0] > 0)
    }

    static func mutate(_ scalars: inout [Unicode.Scalar], using generator: inout SeededGenerator) {
        let index = Int.random(in: 0...scalars.count, using: &generator)
        switch Int.random(in: 0..<16, using: &generator) {
        case 0..<5:
            let piece = pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            scalars.insert(contentsOf: piece.unicodeScalars, at: index)
        case 5..<10:
            let end = min(scalars.count, index + Int.random(in: 1...6, using: &generator))
            scalars.removeSubrange(index..<end)
        case 10..<15:
            // Repeat a slice many times, as a careless copy and paste would.
            let end = min(scalars.count, index + Int.random(in: 1...40, using: &generator))
            let slice = Array(scalars[index..<end])
            let copies = Int.random(in: 1...200, using: &generator)
            for _ in 0..<copies { scalars.insert(contentsOf: slice, at: index) }
        default:
            // Join thousands of terms on, as a generated condition would (the probe that overflowed the stack).
            let joiner = Bool.random(using: &generator) ? " || " : " && !"
            let copies = Int.random(in: 5_000...12_000, using: &generator)
            scalars += String(repeating: joiner + term, count: copies).unicodeScalars
        }
    }

    /// The condition as the value of `requires:`, written plain (as is), double-quoted or as a
    /// literal block.
    static func embed(_ condition: String, style: Int) -> String {
        switch style {
        case 0: return "requires: " + condition.replacingOccurrences(of: "\n", with: " ")
        case 1:
            let escaped = condition.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
            return "requires: \"\(escaped)\""
        default:
            let lines = condition.split(separator: "\n", omittingEmptySubsequences: false)
            return "requires: |\n" + lines.map { "          " + $0 }.joined(separator: "\n")
        }
    }
}
