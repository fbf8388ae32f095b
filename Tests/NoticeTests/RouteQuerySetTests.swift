import Catalog
import Foundation
import Notice
import Testing

/// The routing query set (eval/routing/: tune.yaml, tuned on; fresh.yaml, held out; fresh2.yaml,
/// held out and written after the thesaurus; fresh3.yaml, written after the thesaurus, measured
/// held out once and then tuned on; fresh4.yaml and fresh5.yaml, held out), each written by someone who never saw
/// the catalog's keywords. The floors are the figures measured when
/// they were last raised: the test fails when routing gets worse (`onestop route eval` prints
/// the misses). Raise them as routing improves; never lower them to make a change pass (the one
/// exception, fresh2's recall, is a change of what is right, written up where it is set).
@Suite struct RouteQuerySetTests {
    struct Floors {
        var topOne: Double
        var outsideRecall: Double
        var outsidePrecision: Double
        var hallReferredOutside: Int
    }

    static let router = Router(catalog: CatalogFixture.catalog)

    static func evaluate(_ file: String) throws -> RouteEvaluation {
        let url = CatalogFixture.repository.appendingPathComponent("eval/routing/\(file)")
        let loaded = RouteQuestion.load(url, catalog: CatalogFixture.catalog)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
        return RouteEvaluation(router: router, questions: loaded.questions)
    }

    static func expect(_ evaluation: RouteEvaluation, _ floors: Floors, minimumQuestions: Int) {
        print(evaluation.report(title: "route query set", listingMisses: false))
        #expect(evaluation.all.questions >= minimumQuestions)
        #expect(evaluation.all.topOneRate >= floors.topOne, "top-1 \(evaluation.all.topOneRate)")
        #expect(evaluation.outsideRecall >= floors.outsideRecall, "recall \(evaluation.outsideRecall)")
        #expect(evaluation.outsidePrecision >= floors.outsidePrecision, "precision \(evaluation.outsidePrecision)")
        #expect(evaluation.hallReferredOutside <= floors.hallReferredOutside)
    }

    @Test func theTunedPartHoldsItsFigures() throws {
        let floors = Floors(topOne: 0.967, outsideRecall: 0.957, outsidePrecision: 0.974, hallReferredOutside: 0)
        Self.expect(try Self.evaluate("tune.yaml"), floors, minimumQuestions: 600)
    }

    @Test func theHeldOutPartHoldsItsFigures() throws {
        let floors = Floors(topOne: 0.837, outsideRecall: 0.825, outsidePrecision: 0.804, hallReferredOutside: 4)
        Self.expect(try Self.evaluate("fresh.yaml"), floors, minimumQuestions: 200)
    }

    /// The bar for questions written after the thesaurus is top-1 90%: measured 93.9%.
    /// Recall was 97.4% until 2026-12-04, when a redirect the catalog only assumes stopped sending
    /// a student out of the hall (docs/decisions.md, sixth session): one outside question that had
    /// reached its office through such a guess now goes to the hall's window with the guess as a
    /// 待确认 note. That is the intended answer, so the floor follows it.
    @Test func thePartWrittenAfterTheThesaurusHoldsItsFigures() throws {
        let floors = Floors(topOne: 0.939, outsideRecall: 0.948, outsidePrecision: 0.902, hallReferredOutside: 2)
        Self.expect(try Self.evaluate("fresh2.yaml"), floors, minimumQuestions: 180)
    }

    /// A third set written after the thesaurus (2026-12-03), measured held out at 89.2% and then
    /// tuned on (2026-12-04): 96.2%.
    @Test func theThirdPartWrittenAfterTheThesaurusHoldsItsFigures() throws {
        let floors = Floors(topOne: 0.962, outsideRecall: 0.926, outsidePrecision: 0.974, hallReferredOutside: 0)
        Self.expect(try Self.evaluate("fresh3.yaml"), floors, minimumQuestions: 180)
    }

    /// A fourth set (2026-12-04), held out: 86.6% before that day's tuning on fresh3, 88.1% after,
    /// under the bar of 90%; its long questions (70%) and English ones (80%) are the weakest.
    @Test func theFourthPartWrittenAfterTheThesaurusHoldsItsFigures() throws {
        let floors = Floors(topOne: 0.881, outsideRecall: 0.951, outsidePrecision: 0.866, hallReferredOutside: 2)
        Self.expect(try Self.evaluate("fresh4.yaml"), floors, minimumQuestions: 190)
    }

    /// A fifth set (2026-12-04, written before that session's changes and measured once on the
    /// previous build: 91.2%), held out: 92.3% after them.
    @Test func theFifthPartWrittenAfterTheThesaurusHoldsItsFigures() throws {
        let floors = Floors(topOne: 0.923, outsideRecall: 0.947, outsidePrecision: 0.857, hallReferredOutside: 4)
        Self.expect(try Self.evaluate("fresh5.yaml"), floors, minimumQuestions: 180)
    }

    /// 高 must mean it: on every part, a high-confidence answer is right at least 93% of the time
    /// (measured 2026-12-04: 99.7% and 100% tuned; 95.5%, 98.5%, 93.2% and 100% held out).
    @Test func highConfidenceIsRarelyWrong() throws {
        for file in ["tune.yaml", "fresh.yaml", "fresh2.yaml", "fresh3.yaml", "fresh4.yaml", "fresh5.yaml"] {
            let high = try Self.evaluate(file).byConfidence[.high]
            #expect((high?.questions ?? 0) > 40)
            #expect((high?.topOneRate ?? 0) >= 0.93, "\(file): \(high?.topOneRate ?? 0)")
        }
    }
}
