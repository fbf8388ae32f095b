import Assessment
import Catalog
import Foundation
import Testing

/// Issue 9: ties are broken by the scheme's breakers, a quota never goes to more windows than its
/// size, a quiet period awards nothing, and the result says why.
@Suite struct TieAndQuotaTests {
    typealias F = SchemeFixture

    @Test(arguments: [("wulong-monthly", "2026-10"), ("quanzhou-red-flag", "2026-10"), ("suzhou-semester", "2026-S1")])
    func aQuietPeriodAwardsNoRedFlag(_ scheme: String, _ period: String) throws {
        let result = try F.score(scheme, [], period: period)
        #expect(result.windows.filter(\.redFlag).isEmpty)
        #expect(result.windows.allSatisfy { $0.tied == true && $0.rank == 1 })
        #expect(result.notes?.contains { $0.contains("全部13个窗口并列") && $0.contains("不评") } == true)
    }

    @Test func oneClearBestWindowAwardsExactlyTheQuotaOfOne() throws {
        let events = (1...13).filter { $0 != 5 }.map { F.event("discipline.late_or_early", window: $0) }
        let result = try F.score("quanzhou-red-flag", events)
        #expect(result.windows.filter(\.redFlag).map(\.window.number) == [5])
    }

    @Test func aTieAcrossTheQuotaEdgeGoesToNoneOfTheTiedWindows() throws {
        // 1 and 2 are clearly first and second; 3 to 13 tie for third: only two red flags.
        let result = try F.score(
            "wulong-monthly", [F.event("review.excellent", window: 1), F.event("review.good", window: 2)])
        #expect(result.windows.filter(\.redFlag).map(\.window.number) == [1, 2])
        #expect(F.window(3, in: result).rank == 3 && F.window(3, in: result).tied == true)
        #expect(F.window(3, in: result).notes?.first?.contains("超出“红旗窗口”名额") == true)
        #expect(result.notes?.contains { $0.contains("第3名由3号") && $0.contains("均不授予") } == true)
    }

    @Test func casesHandledFromTheLedgerBreakTheTieSoTheQuotaIsExactlyFilled() throws {
        let scheme = F.scheme("wulong-monthly")
        let completions: [Int: [CivilDate]] = [
            7: [CivilDate("2026-10-12")!, CivilDate("2026-10-13")!], 9: [CivilDate("2026-09-30")!],
        ]
        let scorer = WindowScorer(
            scheme: scheme, windows: F.windows,
            events: [F.event("review.excellent", window: 1), F.event("review.good", window: 2)], overdueDays: [:],
            completions: completions)
        let result = try Assessor(scorer: scorer).score(Period("2026-10")!)
        #expect(result.windows.filter(\.redFlag).map(\.window.number) == [1, 2, 7])
        #expect(F.window(7, in: result).casesHandled == 2)
        #expect(F.window(9, in: result).casesHandled == 0)  // September's case is not October's
        #expect(F.window(7, in: result).tied == false)
    }

    @Test func fewerDeductionsRankFirstAmongEqualScores() throws {
        // Window 1: 100 − 10 + 10 = 100; window 2: 100 − 0 = 100, with nothing lost.
        let events =
            [F.event("integrity.improper_conduct", window: 1), F.event("review.excellent", window: 1)]
            + (3...13).map { F.event("discipline.off_task", window: $0) }
        let result = try F.score("wulong-monthly", events)
        #expect(F.window(2, in: result).rank == 1)
        #expect(F.window(1, in: result).rank == 2)
        #expect(F.window(2, in: result).tied == false)
    }

    @Test func withoutSatisfactionDataTheResultSaysSo() throws {
        let result = try F.score("wulong-monthly", [F.event("review.good", window: 4)])
        #expect(result.notes?.contains("本期无满意度数据，“满意度高者在前”未用于比较") == true)
        // No ledger was read: cases handled are missing too, and said.
        #expect(result.notes?.contains { $0.contains("办结件数") && $0.contains("未用于比较") } == true)
    }

    @Test func thirtyPercentOfThirteenWindowsIsThreeRedFlags() throws {
        let clear = (4...13).map { F.event("discipline.late_or_early", window: $0, on: "2026-10-15") }
        let three = try F.score("suzhou-semester", clear, period: "2026-S1")
        #expect(three.windows.filter(\.redFlag).map(\.window.number) == [1, 2, 3])
        let four = (5...13).map { F.event("discipline.late_or_early", window: $0, on: "2026-10-15") }
        let tied = try F.score("suzhou-semester", four, period: "2026-S1")
        #expect(tied.windows.filter(\.redFlag).isEmpty)
        #expect(tied.notes?.contains { $0.contains("名额只余3个") } == true)
    }

    @Test func twoSemestersInTheTopThirtyPercentMakeAnExcellentUnit() throws {
        let spring = (4...13).map { F.event("discipline.late_or_early", window: $0, on: "2026-04-15") }
        let autumn = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map {
            F.event("discipline.late_or_early", window: $0, on: "2026-10-15", count: $0 == 2 || $0 == 3 ? 1 : 2)
        }
        let result = try F.score("suzhou-semester", spring + autumn, period: "2026-S1")
        #expect(result.windows.filter(\.redFlag).map(\.window.number).sorted() == [1, 2, 3])
        #expect(F.window(1, in: result).outcomes.contains("excellent_unit"))
        #expect(F.window(2, in: result).outcomes.contains("excellent_unit"))
        #expect(!F.window(4, in: result).outcomes.contains("red_flag"))
    }

    static let sharing = """
        version: 1
        scheme:
          id: sharing
          name: 示例
          source: {document: 示例}
          subject: window
          period: month
          categories:
            - id: discipline
              name: 劳动纪律
              items:
                - {id: d.late, name: 迟到, clause: 迟到每次扣2分, points: 2, unit: occurrence}
          outcomes:
            - {id: red_flag, name: 红旗窗口, kind: title, top: 3, ties: share}
            - {id: star, name: 明星窗口, kind: title, top: 1, ties: share, award_when_all_tied: true}

        """

    @Test func aSchemeMaySayTiedWindowsShareTheQuotaOrThatAnAllTieStillAwards() throws {
        let loaded = SchemeLoader.load(files: [("rules/assessment/sharing.yaml", Data(Self.sharing.utf8))])
        #expect(loaded.diagnostics.sorted.filter { $0.severity == .error }.map(\.formatted) == [])
        let scheme = try #require(loaded.scheme("sharing"))
        let events = [F.event("d.late", window: 1)]
        let result = try Assessor(
            scorer: WindowScorer(scheme: scheme, windows: F.windows, events: events, overdueDays: [:])
        ).score(Period("2026-10")!)
        #expect(result.windows.filter { $0.outcomes.contains("red_flag") }.count == 12)
        #expect(result.notes?.contains { $0.contains("并列者共享") } == true)
        let quiet = try Assessor(scorer: WindowScorer(scheme: scheme, windows: F.windows, events: [], overdueDays: [:]))
            .score(Period("2026-10")!)
        #expect(quiet.windows.filter { $0.outcomes.contains("star") }.count == 13)
        #expect(quiet.windows.filter { $0.outcomes.contains("red_flag") }.isEmpty)
    }

    @Test func tiesAndAllTiedOnlyGoWithAQuota() {
        let text = Self.sharing.replacingOccurrences(of: "top: 1, ties: share", with: "below: 60, ties: share")
        let found = SchemeLoader.load(files: [("rules/assessment/sharing.yaml", Data(text.utf8))]).diagnostics.sorted
        #expect(found.contains { $0.code == "invalid-scheme" && $0.message.contains("只适用于名额") })
    }

    @Test func sharedPlacesAreMarkedInEveryFormat() throws {
        let result = try F.score(
            "wulong-monthly", [F.event("review.excellent", window: 1), F.event("review.good", window: 2)])
        #expect(result.rendered(as: .text).contains("并列 3.  3号"))
        #expect(result.rendered(as: .text).contains("均不授予"))
        let csv = result.rendered(as: .csv).split(separator: "\n")
        #expect(csv[0].hasPrefix("rank,tied,window"))
        #expect(csv.contains { $0.hasPrefix("3,true,3,") && $0.contains("未授予") })
        #expect(result.rendered(as: .html).contains("3（并列）"))
        #expect(result.rendered(as: .html).contains("均不授予"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.rendered(as: .json).utf8)) as? [String: Any])
        let windows = try #require(json["windows"] as? [[String: Any]])
        #expect(windows.first { ($0["window"] as? [String: Any])?["number"] as? Int == 3 }?["tied"] as? Bool == true)
        #expect((json["notes"] as? [String])?.isEmpty == false)
    }
}
