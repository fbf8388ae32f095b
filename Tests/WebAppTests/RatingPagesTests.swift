import Catalog
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Store
import Testing
import WebApp

/// 好差评 on the web: the rate form after the progress check and on a window's device page,
/// /ratings for staff (anonymous unless the director), follow-ups and the director's review.
@Suite struct RatingPagesTests {
    /// A fixture with case #1 (student 2021040123) accepted and completed at window 1 today.
    static func withClosedCase(_ body: @escaping @Sendable (WebFixture, any TestClientProtocol) async throws -> Void)
        async throws
    {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let hall = fixture.hall
        _ = try await hall.desk.accept(
            AcceptRequest(
                service: "student-id-replacement", window: 1, studentNumber: "2021040123",
                at: CivilDateTime("2026-10-12T08:45")!, by: "w01-b1"))
        _ = try hall.ledger.complete(1, at: CivilDateTime("2026-10-12T08:55")!, by: "w01-a")
        try await fixture.test { client in try await body(fixture, client) }
    }

    @Test func theApplicantRatesFromTheProgressPageOnce() async throws {
        try await Self.withClosedCase { _, client in
            var student = BrowserSession()
            let answer = try await student.post(client, "/progress", form: [("case", "1"), ("digits", "0123")])
            #expect(answer.status == .ok && answer.text.contains("id=\"rate-form\""))
            #expect(answer.text.contains("办事指南准确") && !answer.text.contains("多次往返"), "the hall's reasons")
            for id in ["rate-submit", "rate-level-very_satisfied", "rate-level-very_dissatisfied", "rate-comment"] {
                #expect(answer.text.contains("id=\"\(id)\""), "\(id)")
            }
            let wrong = try await student.post(client, "/progress", form: [("case", "1"), ("digits", "9999")])
            #expect(!wrong.text.contains("id=\"rate-form\""))
            let noLevel = try await student.post(
                client, "/rate", form: [("case", "1"), ("digits", "0123"), ("channel", "online")])
            #expect(noLevel.status == .badRequest && noLevel.text.contains("id=\"rate-failure\""))
            let rated = try await student.post(
                client, "/rate",
                form: [
                    ("case", "1"), ("digits", "0123"), ("channel", "online"), ("level", "dissatisfied"),
                    ("reason", "办事效率"), ("comment", "张三 跑了三次"),
                ])
            #expect(
                rated.status == .ok && rated.text.contains("id=\"rate-done-follow-up\""), "\(rated.text.prefix(400))")
            let again = try await student.post(
                client, "/rate", form: [("case", "1"), ("digits", "0123"), ("level", "satisfied")])
            #expect(again.status != .ok && again.text.contains("已评价过"))
            let after = try await student.post(client, "/progress", form: [("case", "1"), ("digits", "0123")])
            #expect(!after.text.contains("id=\"rate-form\""))
            let bad = try await student.post(client, "/rate", form: [("case", "x")])
            #expect(bad.status == .badRequest)
        }
    }

    @Test func theWindowDeviceRatesTodaysCasesWithOneTap() async throws {
        try await Self.withClosedCase { fixture, client in
            var device = BrowserSession()
            let none = try await device.get(client, "/rate")
            #expect(none.status == .badRequest)
            let page = try await device.get(client, "/rate?window=1")
            #expect(
                page.status == .ok && page.text.contains("id=\"rate-form-1\"")
                    && page.text.contains("id=\"rate-1-satisfied\""))
            #expect(!page.text.contains("2021040123") && !page.text.contains("张三"))
            let other = try await device.get(client, "/rate?window=2")
            #expect(other.text.contains("id=\"rate-none\""))
            let wrong = try await device.post(
                client, "/rate", form: [("case", "1"), ("window", "1"), ("digits", "0000"), ("level", "satisfied")])
            #expect(wrong.text.contains("id=\"rate-failure\""))
            let tapped = try await device.post(
                client, "/rate", form: [("case", "1"), ("window", "1"), ("digits", "0123"), ("level", "satisfied")])
            #expect(tapped.status == .seeOther && tapped.headers[.location] == "/rate?window=1&done=1")
            let rating = try #require(try fixture.hall.ledger.rating(of: 1))
            #expect(rating.channel == .onSite && rating.level == .satisfied)
            let emptied = try await device.get(client, "/rate?window=1&done=1")
            #expect(emptied.text.contains("id=\"rate-thanks\"") && emptied.text.contains("id=\"rate-none\""))
        }
    }

    @Test func staffFollowUpAndOnlyTheDirectorSeesWhoAndReviews() async throws {
        try await Self.withClosedCase { fixture, client in
            _ = try await fixture.hall.ratings.rate(
                RatingRequest(
                    caseId: 1, digits: "0123", level: "非常不满意", comment: "2021040123 等太久", channel: .online,
                    at: CivilDateTime("2026-10-12T09:00")!))
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            let list = try await clerk.get(client, "/ratings")
            #expect(list.status == .ok && list.text.contains("非常不满意") && list.text.contains("待回访"))
            // The hall's file marks the reminder and follow-up days assumed.
            #expect(list.text.contains("办结 7 天后仍未评价（天数待确认）") && list.text.contains("（期限天数待确认）"))
            #expect(!list.text.contains("href=\"/cases/1\"") && !list.text.contains("2021040123"))
            #expect(!list.text.contains("id=\"rating-1-review\""))
            let empty = try await clerk.post(client, "/ratings/1/follow-up", form: [("step", "callback")])
            #expect(empty.status == .badRequest && empty.text.contains("id=\"ratings-failure\""))
            let done = try await clerk.post(
                client, "/ratings/1/follow-up", form: [("step", "callback"), ("note", "电话回访")])
            #expect(done.status == .seeOther)
            let appealed = try await clerk.post(
                client, "/ratings/1/follow-up", form: [("step", "appeal"), ("note", "学生误评")])
            #expect(appealed.status == .seeOther)
            let review = try await clerk.post(
                client, "/ratings/1/review", form: [("decision", "upheld"), ("note", "x")])
            #expect(review.status == .forbidden)
            var director = try await BrowserSession.signedIn(client, as: "director")
            let seen = try await director.get(client, "/ratings")
            #expect(seen.text.contains("href=\"/cases/1\"") && seen.text.contains("id=\"rating-1-review\""))
            let noDecision = try await director.post(client, "/ratings/1/review", form: [("note", "查实")])
            #expect(noDecision.status == .badRequest)
            let reviewed = try await director.post(
                client, "/ratings/1/review", form: [("decision", "rejected"), ("note", "评价属实")])
            #expect(reviewed.status == .seeOther)
            let final = try await director.get(client, "/ratings?done=review")
            #expect(final.text.contains("申诉不成立") && final.text.contains("电话回访"))
        }
    }
}
