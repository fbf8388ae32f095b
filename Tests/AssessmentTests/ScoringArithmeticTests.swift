import Assessment
import Catalog
import Foundation
import Testing

/// Scoring never traps on arithmetic, whatever the counts or the scheme's figures.
@Suite struct ScoringArithmeticTests {
    typealias F = SchemeFixture

    @Test func countsAtTheIntegerMaximumAddUpWithoutTrapping() throws {
        let events = [
            F.event("attitude.quarrel", count: .max, serious: true), F.event("attitude.quarrel", count: .max),
        ]
        let result = try F.score("wulong-monthly", events)
        #expect(F.window(1, in: result).deductions.first?.count == .max)
        #expect(F.window(1, in: result).score == 80)
        let demerits = DemeritCounter(
            scheme: F.scheme("hut-demerits"),
            events: [F.event("demerit.late_or_early", count: .max), F.event("demerit.late_or_early", count: .max)]
        )
        .count(try #require(Period("2026-10")))
        #expect(demerits.people.first?.demerits == .max)
    }

    /// A scheme whose figures are huge (a typo of many nines) still scores and draws its chart;
    /// `top_percent` over 100 is refused by `check`, but the scorer takes any scheme value.
    @Test func hugeSchemeFiguresScoreAndDrawWithoutTrapping() throws {
        let huge = String(repeating: "9", count: 308)  // the reader takes no exponents
        let yaml = """
            version: 1
            scheme:
              id: huge
              name: 极端数值
              source: {document: 测试}
              subject: window
              period: month
              base: \(huge)
              categories:
                - id: c
                  name: 类
                  items:
                    - {id: c.x, name: 项, clause: 条, points: \(huge), unit: occurrence}
              bonus:
                levels:
                  - {id: b.x, name: 奖, points: \(huge)}
              outcomes:
                - {id: best, name: 最好, kind: title, top_percent: \(huge)}

            """
        let loaded = SchemeLoader.load(files: [(path: "huge.yaml", data: Data(yaml.utf8))])
        let scheme = try #require(loaded.scheme("huge"))
        #expect(loaded.diagnostics.sorted.map(\.code) == ["invalid-value"])
        #expect(scheme.base > 1e299 && scheme.outcomes.count == 1)
        let result = try Assessor(
            scorer: WindowScorer(
                scheme: scheme, windows: F.windows,
                events: [F.event("b.x"), F.event("c.x", window: 2, count: .max)], overdueDays: [:])
        )
        .score(#require(Period("2026-10")))
        #expect(result.windows.count == 13)
        for format in ScoreFormat.allCases { #expect(!result.rendered(as: format).isEmpty) }
    }
}
