import Catalog
import Foundation
import Notice
import Testing

@testable import Hall

/// The notice and the first question, through the hall: a notice without a time is dated now
/// on the hall's clock; a question is routed with at least one match asked for.
@Suite struct NoticeAndRoutingTests {
    static let issuing = NoticeIssuing(catalog: HallFixture.catalog, clock: .fixed(HallFixture.at("2026-09-28T09:30")))

    @Test func aNoticeWithoutATimeIsDatedNowOnTheHallsClock() throws {
        let request = NoticeIssuing.Request(service: "学生证补办", have: ["身份证"])
        let now = try Self.issuing.issue(request).rendered(as: .json)
        var dated = request
        dated.submitted = HallFixture.at("2026-09-28T09:30")
        #expect(now == (try Self.issuing.issue(dated).rendered(as: .json)))
        dated.submitted = HallFixture.at("2026-09-30T17:30")
        #expect(now != (try Self.issuing.issue(dated).rendered(as: .json)))
        GoldenFile.check(now, name: "notice-student-id.json")
    }

    @Test func anUnknownServiceIsRefusedWithItsCode() {
        let error = #expect(throws: NoticeError.self) { try Self.issuing.issue(.init(service: "不存在的事项")) }
        #expect(error?.code == .unknownService)
    }

    @Test func aQuestionIsRoutedToItsWindow() {
        let routing = QuestionRouting(catalog: HallFixture.catalog)
        let result = routing.route("饭卡丢了")
        GoldenFile.check(result.json(), name: "route-campus-card.json")
        #expect(routing.route("饭卡丢了", limit: 0).json() == routing.route("饭卡丢了", limit: 1).json())
    }

    @Test func aRememberedRouteAnswerIsTheRoutersOwn() {
        let routing = QuestionRouting(catalog: HallFixture.catalog)
        for question in ["饭卡丢了", "学生证补办", "图书馆几点开门", "fanka guashi", String(repeating: "宿舍", count: 120)] {
            for limit in [0, 1, 3] {
                let fresh = routing.route(question, limit: limit).json()
                #expect(routing.routeJSON(question, limit: limit) == fresh)
                #expect(routing.routeJSON(question, limit: limit) == fresh, "asked again: \(question)")
            }
        }
    }

    @Test func theRouteAnswerMemoryIsBoundedAndKeepsNoLongQuestion() {
        let cache = RouteAnswerCache()
        let long = RouteAnswerCache.Key(
            question: String(repeating: "宿", count: RouteAnswerCache.longestQuestion), limit: 3)
        cache.remember("long", for: long)
        #expect(cache.answer(for: long) == nil)
        for number in 0..<RouteAnswerCache.capacity {
            cache.remember("\(number)", for: .init(question: "问题\(number)", limit: 3))
        }
        #expect(cache.answer(for: .init(question: "问题0", limit: 3)) == "0")
        #expect(cache.answer(for: .init(question: "问题0", limit: 1)) == nil)
        cache.remember("new", for: .init(question: "新问题", limit: 3))
        #expect(cache.answer(for: .init(question: "新问题", limit: 3)) == "new")
        #expect(cache.answer(for: .init(question: "问题0", limit: 3)) == nil, "a full memory starts again")
    }
}
