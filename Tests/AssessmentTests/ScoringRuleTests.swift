import Assessment
import Catalog
import Testing

/// Caps, serious add-ons, bonuses, ties, empty months, roll-ups, outcomes and demerit consequences.
@Suite struct ScoringRuleTests {
    typealias F = SchemeFixture

    @Test func aCategoryNeverLosesMoreThanItsCap() throws {
        let result = try F.score("wulong-monthly", [F.event("discipline.absent", count: 5)])
        let window = F.window(1, in: result)
        let discipline = try #require(window.categories.first { $0.id == "discipline" })
        #expect(discipline.uncapped == 25)
        #expect(discipline.deducted == 20)
        #expect(window.score == 80)
    }

    @Test func seriousAttitudeEventsCostThreeMorePerOccurrence() throws {
        let result = try F.score(
            "wulong-monthly",
            [
                F.event("attitude.quarrel", count: 2, serious: true),
                F.event("attitude.complaint", window: 2, serious: true),
                F.event("attitude.complaint", window: 3),
            ])
        #expect(F.window(1, in: result).score == 88)
        #expect(F.window(1, in: result).deductions.first?.seriousCount == 2)
        #expect(F.window(2, in: result).score == 94)
        #expect(F.window(3, in: result).score == 97)
    }

    @Test func theBestBonusLevelCountsOnceAndSideEffectsAreTraced() throws {
        let result = try F.score(
            "wulong-monthly",
            [F.event("review.good"), F.event("review.excellent"), F.event("integrity.improper_conduct", window: 5)])
        #expect(F.window(1, in: result).bonus == 10)
        #expect(F.window(1, in: result).bonusLevel == "review.excellent")
        #expect(F.window(1, in: result).score == 110)
        #expect(F.window(5, in: result).deductions.first?.sideEffects == ["通报批评"])
    }

    @Test func equalScoresShareARankAndTheTopThreeIncludeTies() throws {
        let result = try F.score(
            "wulong-monthly",
            [
                F.event("review.excellent", window: 1), F.event("review.excellent", window: 2),
                F.event("review.good", window: 3),
            ] + (4...13).map { F.event("discipline.off_task", window: $0) })
        #expect(result.windows.prefix(3).map(\.rank) == [1, 1, 3])
        #expect(result.windows.filter(\.redFlag).map(\.window.number).sorted() == [1, 2, 3])
        #expect(F.window(4, in: result).rank == 4)
    }

    @Test func anEmptyMonthGivesFullMarksToEveryWindow() throws {
        let result = try F.score("wulong-monthly", [], period: "2026-08")
        #expect(result.windows.count == 13)
        #expect(result.windows.allSatisfy { $0.score == 100 && $0.rank == 1 && $0.deductions.isEmpty })
    }

    @Test func belowSixtyMustRectify() throws {
        let events = ["discipline.absent", "attitude.quarrel", "integrity.improper_conduct"].map {
            F.event($0, count: 4)
        }
        let window = F.window(1, in: try F.score("wulong-monthly", events))
        #expect(window.score < 60)
        #expect(window.rectify)
        #expect(window.outcomes.contains("rectify"))
    }

    @Test func theYearRollsUpItsMonths() throws {
        let result = try F.score(
            "wulong-monthly",
            [
                F.event("discipline.absent", window: 1, on: "2026-03-10"),
                F.event("review.good", window: 2, on: "2026-11-30"),
            ],
            period: "2026")
        let first = F.window(1, in: result)
        #expect(first.score == 1195)
        #expect(first.periods?["2026-03"] == 95)
        #expect(F.window(2, in: result).score == 1205)
        #expect(F.window(2, in: result).rank == 1)
        #expect(F.window(2, in: result).outcomes == ["annual_red_flag"])
        #expect(throws: Assessor.Failure.self) { try F.score("wulong-monthly", [], period: "2026-S1") }
    }

    @Test func semesterGradesAndRectification() throws {
        let scheme = F.scheme("suzhou-semester")
        #expect(scheme.period == .semester)
        let events = ["discipline.unstaffed", "conduct.off_task", "attitude.quarrel"].map {
            F.event($0, window: 6, on: "2026-12-01", count: 9)
        }
        let result = try F.score("suzhou-semester", events, period: "2026-S1")
        #expect(F.window(1, in: result).grade == "excellent")
        #expect(F.window(6, in: result).grade == "unqualified")
        #expect(F.window(6, in: result).outcomes == ["rectify"])
    }

    @Test func demeritsCutTheWageAndRecommendDismissal() {
        let scheme = F.scheme("hut-demerits")
        let late = scheme.demeritItems[0].id
        let events = [
            F.event(late, on: "2026-10-09", count: 2, staff: "小王", post: .b),
            F.event(late, on: "2026-10-20", staff: "小李", post: .b),
            F.event(late, on: "2026-09-10", count: 3, staff: "小王", post: .b),
        ]
        let october = DemeritCounter(scheme: scheme, events: events).count(Period("2026-10")!)
        let wang = october.people.first { $0.staff == "小王" }
        #expect(wang?.demerits == 2)
        #expect(wang?.wageCut == 1)
        #expect(wang?.semesterDemerits == 5)
        #expect(wang?.dismissalRecommended == true)
        let li = october.people.first { $0.staff == "小李" }
        #expect(li?.wageCut == 0 && li?.dismissalRecommended == false)
    }

    @Test func periodsParse() {
        #expect(Period("2026-10")?.months.count == 1)
        #expect(Period("2026")?.months.count == 12)
        #expect(Period("2026-S1")?.first.description == "2026-09-01")
        #expect(Period("2026-S1")?.last.description == "2027-01-31")
        #expect(Period("2026-S2")?.first.description == "2027-02-01")
        #expect(Period("2026-13") == nil && Period("26-10") == nil && Period("2026-S3") == nil)
    }

    /// The kinds a scheme is scored by are named in Chinese (按月、年考核), not as ids.
    @Test func aPeriodTheSchemeDoesNotScoreNamesItsKindsInChinese() throws {
        do {
            _ = try SchemeFixture.score("wulong-monthly", [], period: "2026-S1")
            Issue.record("a semester of a monthly scheme was scored")
        } catch {
            #expect("\(error)".contains("按月、年考核"), "\(error)")
        }
    }
}
