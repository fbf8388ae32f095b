import Assessment
import Catalog
import Foundation
import Testing

/// Issue 9: traces grouped by category with each item's own unit, 宿州's four categories that can
/// deduct, and 湖南工大's wage cut for student assistants (B岗) only.
@Suite struct TraceAndPostTests {
    typealias F = SchemeFixture

    @Test func eachDeductionIsListedUnderItsOwnCategoryAndOverdueDaysReadAsWorkingDays() throws {
        let days = ["2026-10-08", "2026-10-09"].map { (day: CivilDate($0)!, caseID: Int64(3)) }
        let result = try F.score(
            "wulong-monthly",
            [F.event("discipline.late_or_early", window: 1), F.event("conduct.violation", window: 1)],
            overdue: [1: days])
        let text = result.rendered(as: .text)
        let lines = text.split(separator: "\n").map(String.init)
        let discipline = try #require(lines.firstIndex { $0.hasPrefix("  劳动纪律") })
        let conduct = try #require(lines.firstIndex { $0.hasPrefix("  行为规范") })
        let quality = try #require(lines.firstIndex { $0.hasPrefix("  服务质量") })
        #expect(lines[discipline + 1].contains("无故迟到、早退 1次"))
        #expect(lines[conduct + 1].contains("不佩证"))
        #expect(lines[quality + 1].contains("办件超过承诺时限 2个工作日 -6"))
        #expect(!text.contains("2次 -6"))
        let html = result.rendered(as: .html)
        #expect(html.contains("<h4>服务质量 −6 分</h4><ul><li>办件超过承诺时限 2个工作日"))
    }

    @Test func suzhouNamesTheFourCategoriesOfTheSeedAndEachCanDeduct() throws {
        let scheme = F.scheme("suzhou-semester")
        #expect(scheme.categories.map(\.name) == ["工作纪律", "行为规范", "服务态度", "服务对象评议"])
        #expect(scheme.categories.allSatisfy { !$0.notGiven && !$0.items.isEmpty })
        let assumed = Set(
            F.loaded.assumedValues.filter { $0.location.file.hasSuffix("suzhou-semester.yaml") }.map(\.subject))
        for item in scheme.items {
            #expect(
                // A `from_quality` item's points are its bands.
                assumed.contains {
                    $0.contains(item.id) && $0.hasSuffix(item.fromQuality == nil ? ".points" : ".quality_bands")
                }, "\(item.id) points not assumed")
        }
        let result = try F.score(
            "suzhou-semester", [F.event("attitude.quarrel", window: 2, on: "2026-11-03")], period: "2026-S1")
        #expect(F.window(2, in: result).score == 95)
    }

    static let late = "demerit.late_or_early"

    @Test func theWageCutAppliesToStudentAssistantsOnly() throws {
        let scheme = F.scheme("hut-demerits")
        let events = [
            AssessmentEvent(
                date: CivilDate("2026-10-09")!, window: 1, staff: "王老师", item: Self.late, count: 2, recordedBy: "巡查",
                post: .a),
            AssessmentEvent(
                date: CivilDate("2026-10-09")!, window: 1, staff: "小王", item: Self.late, count: 2, recordedBy: "巡查",
                post: .b),
            AssessmentEvent(
                date: CivilDate("2026-10-09")!, window: 2, staff: "小李", item: Self.late, count: 2, recordedBy: "巡查"),
        ]
        let october = DemeritCounter(scheme: scheme, events: events).count(Period("2026-10")!)
        let teacher = try #require(october.people.first { $0.staff == "王老师" })
        #expect(teacher.wageCut == 0 && teacher.demerits == 2)
        let assistant = try #require(october.people.first { $0.staff == "小王" })
        #expect(assistant.wageCut == 1 && assistant.post == .b)
        let unknown = try #require(october.people.first { $0.staff == "小李" })
        #expect(unknown.wageCut == 0)
        #expect(unknown.notes.first?.contains("未登记岗位") == true)
    }

    @Test func theSemesterViewNamesTheMonthsInsteadOfSayingThisMonth() throws {
        let scheme = F.scheme("hut-demerits")
        let events = ["2026-10-09", "2026-10-20", "2026-11-05", "2026-11-06"].map {
            AssessmentEvent(date: CivilDate($0)!, window: 1, staff: "小王", item: Self.late, recordedBy: "巡查", post: .b)
        }
        let semester = DemeritCounter(scheme: scheme, events: events).count(Period("2026-S1")!)
        let text = semester.rendered(as: .text)
        #expect(!text.contains("当月"))
        #expect(text.contains("2026-10、2026-11 各月工资每小时调低1元"))
        #expect(semester.people.first?.wageCutMonths == ["2026-10", "2026-11"])
        #expect(
            DemeritCounter(scheme: scheme, events: events).count(Period("2026-10")!).rendered(as: .text).contains("当月"))
    }
}
