import Assessment
import Catalog
import Foundation
import GRDB
import Testing

@testable import Store

/// Issue 13: 好差评. A closed case is rated once by its applicant (the last four digits of the
/// student number), a bad rating is followed up (回访, 整改) in working days and may be appealed
/// and reviewed by the director; all audited, never changed.
@Suite struct RatingTests {
    static func rating(
        _ id: Int64, level: String = "满意", digits: String = "0123", reasons: [String] = [], comment: String? = nil,
        at: String = "2026-09-30T10:00"
    ) -> RatingRequest {
        RatingRequest(
            caseId: id, digits: digits, level: level, reasons: reasons, comment: comment, channel: .online,
            at: LedgerFixture.at(at))
    }

    /// A case accepted and completed on 2026-09-28 (#1, student 2021040123, window 1, by w01-a).
    static func completed(_ fixture: LedgerFixture, at: String = "2026-09-28T09:30") throws -> Int64 {
        let id = try #require(try fixture.accept(at: at).id)
        _ = try fixture.ledger.complete(id, at: LedgerFixture.at("2026-09-28T11:00"), by: "w01-a")
        return id
    }

    @Test func aClosedCaseIsRatedOnceWithTheCloserAndTheAuditHolds() throws {
        let fixture = try AuditFixture()
        defer { fixture.remove() }
        let id = try Self.completed(fixture.base)
        let record = try fixture.ledger.rate(
            Self.rating(id, level: "very_satisfied", reasons: ["其他", "其他"], comment: "张三 2021040123 很好"))
        #expect(record.level == .verySatisfied && record.staff == "w01-a" && record.windowNumber == 1)
        #expect(record.reasonList == ["其他"] && record.channel == .online)
        do {
            _ = try fixture.ledger.rate(Self.rating(id, level: "不满意"))
            Issue.record("a second rating is refused")
        } catch {
            #expect(error.code == .caseAlreadyRated)
        }
        #expect(try fixture.ledger.show(id).history.map(\.action).last == "rate: very_satisfied")
        #expect(try fixture.verifier.verify().problems == [])
        let october = try #require(Period("2026-09"))
        #expect(try fixture.ledger.ratings(in: october).map(\.caseId) == [id])
        #expect(try fixture.ledger.ratings(in: october, window: 2).isEmpty)
        #expect(try fixture.ledger.ratings(in: try #require(Period("2026-10"))).isEmpty)
        #expect(
            try fixture.ledger.ratings(days: 1, through: CivilDate("2026-09-30")!).count == 1
                && fixture.ledger.ratings(days: 1, through: CivilDate("2026-09-29")!).isEmpty
                && fixture.ledger.ratings(days: 0, through: CivilDate("2026-09-30")!).isEmpty)
        #expect(throws: (any Error).self) {
            try fixture.ledger.database.writer.write { db in
                try db.execute(sql: "UPDATE rating SET level = 'satisfied'")
            }
        }
    }

    @Test func everyRefusalHasItsCode() throws {
        let fixture = try LedgerFixture()
        defer { fixture.remove() }
        let open = try #require(try fixture.accept().id)
        let id = try Self.completed(fixture, at: "2026-09-28T09:40")
        let cases: [(RatingRequest, ErrorCode)] = [
            (Self.rating(open), .caseNotRateable),
            (Self.rating(id, digits: "9999"), .caseNotRateable),
            (Self.rating(99), .caseNotRateable),
            (Self.rating(id, level: "还行"), .unknownRatingLevel),
            (Self.rating(id, reasons: ["太慢了"]), .unknownRatingReason),
            (Self.rating(id, comment: String(repeating: "好", count: 501)), .fieldTooLong),
            (Self.rating(id, at: "2026-09-28T10:00"), .timeBeforeLastRecorded),
            (Self.rating(id, at: "2027-07-30T10:00"), .timeInFuture),
        ]
        for (request, code) in cases {
            do {
                _ = try fixture.ledger.rate(request)
                Issue.record("\(code) expected")
            } catch {
                #expect(error.code == code, "\(error.message)")
            }
        }
        #expect(try fixture.ledger.rating(of: id) == nil)
    }

    @Test func aRefusedCaseCanBeRatedAndTheUnratedListHasTheRest() throws {
        let fixture = try LedgerFixture()
        defer { fixture.remove() }
        let refused = try #require(try fixture.accept().id)
        _ = try fixture.ledger.refuse(
            refused, code: "not-enrolled", at: LedgerFixture.at("2026-09-28T10:00"), by: "w01-a")
        let completed = try Self.completed(fixture, at: "2026-09-28T09:40")
        _ = try fixture.accept(at: "2026-09-28T09:50")
        let today = CivilDate("2026-10-08")!
        #expect(try fixture.ledger.unratedCases(days: 7, today: today).map(\.id) == [refused, completed])
        #expect(try fixture.ledger.unratedCases(days: 11, today: today).isEmpty)
        #expect(try fixture.ledger.closedUnrated(window: 1, on: CivilDate("2026-09-28")!).count == 2)
        _ = try fixture.ledger.rate(Self.rating(refused, level: "基本满意"))
        #expect(try fixture.ledger.unratedCases(days: 7, today: today).map(\.id) == [completed])
        #expect(try fixture.ledger.closedUnrated(window: 1, on: CivilDate("2026-09-28")!).map(\.id) == [completed])
    }

    @Test func aBadRatingIsCalledBackThenRectifiedAndLateOnesAreOverdueAcrossNationalDay() throws {
        let fixture = try AuditFixture()
        defer { fixture.remove() }
        let id = try Self.completed(fixture.base)
        let rating = try fixture.ledger.rate(Self.rating(id, level: "非常不满意", reasons: ["办事效率"]))
        let ratingId = try #require(rating.id)
        // Rated Wednesday 09-30: 回访 within 2 working days (10-08, 10-09), 整改 within 5 (… 10-10 make-up, 10-12, 10-13).
        let early = try fixture.ledger.overdue(asOf: CivilDate("2026-10-09")!)
        #expect(!early.items.contains { $0.kind == .ratingCallback })
        let late = try fixture.ledger.overdue(asOf: CivilDate("2026-10-12")!)
        let callback = try #require(late.items.first { $0.kind == .ratingCallback })
        #expect(
            callback.due == "2026-10-09" && callback.overdueDays.map(\.description) == ["2026-10-10", "2026-10-12"])
        #expect(late.cases.isEmpty)
        do {
            _ = try fixture.ledger.followUp(
                rating: ratingId, kind: .rectification, note: "改进告知", at: LedgerFixture.at("2026-10-12T09:00"),
                by: "w01-a")
            Issue.record("整改 before 回访 is refused")
        } catch {
            #expect(error.code == .invalidRatingFollowUp)
        }
        _ = try fixture.ledger.followUp(
            rating: ratingId, kind: .callback, note: "电话回访，学生说明多次往返", at: LedgerFixture.at("2026-10-12T09:00"),
            by: "w01-a")
        _ = try fixture.ledger.followUp(
            rating: ratingId, kind: .rectification, note: "材料清单补充说明", at: LedgerFixture.at("2026-10-13T09:00"),
            by: "w01-a")
        let after = try fixture.ledger.overdue(asOf: CivilDate("2026-10-20")!)
        #expect(after.items.filter { $0.kind == .ratingCallback }.map { $0.overdueDays.count } == [2])
        #expect(!after.items.contains { $0.kind == .ratingRectification })
        #expect(try fixture.ledger.followUps(of: ratingId).map(\.kind) == [.callback, .rectification])
        #expect(
            try fixture.ledger.show(id).history.map(\.action).suffix(2) == ["rating-callback", "rating-rectification"])
        #expect(try fixture.verifier.verify().problems == [])
    }

    @Test func anAppealIsReviewedByTheDirectorOnly() throws {
        let fixture = try AuditFixture()
        defer { fixture.remove() }
        let good = try fixture.ledger.rate(Self.rating(try Self.completed(fixture.base), level: "满意"))
        let id = try #require(try fixture.base.accept(at: "2026-09-28T09:40").id)
        _ = try fixture.ledger.complete(id, at: LedgerFixture.at("2026-09-28T11:00"), by: "w01-a")
        let bad = try #require(try fixture.ledger.rate(Self.rating(id, level: "不满意")).id)
        let at = LedgerFixture.at("2026-10-08T09:00")
        let refusals: [(() throws(LedgerError) -> RatingFollowUpRecord, ErrorCode)] = [
            (
                { () throws(LedgerError) in
                    try fixture.ledger.followUp(rating: good.id!, kind: .appeal, note: "不实", at: at, by: "w01-a")
                }, .invalidRatingFollowUp
            ),
            (
                { () throws(LedgerError) in
                    try fixture.ledger.followUp(rating: 99, kind: .appeal, note: "不实", at: at, by: "w01-a")
                }, .ratingNotFound
            ),
            (
                { () throws(LedgerError) in
                    try fixture.ledger.followUp(rating: bad, kind: .appeal, note: " ", at: at, by: "w01-a")
                }, .missingText
            ),
            (
                { () throws(LedgerError) in
                    try fixture.ledger.followUp(rating: bad, kind: .appeal, note: "不实", at: at, by: "nobody")
                }, .unknownStaff
            ),
            (
                { () throws(LedgerError) in
                    try fixture.ledger.followUp(
                        rating: bad, kind: .review, decision: .upheld, note: "查实", at: at, by: "director")
                }, .invalidRatingFollowUp
            ),
            (
                { () throws(LedgerError) in
                    try fixture.ledger.followUp(
                        rating: bad, kind: .appeal, decision: .upheld, note: "不实", at: at, by: "w01-a")
                }, .invalidRatingFollowUp
            ),
            (
                { () throws(LedgerError) in
                    try fixture.ledger.followUp(
                        rating: bad, kind: .appeal, note: "不实", at: LedgerFixture.at("2026-09-29T09:00"), by: "w01-a")
                }, .timeBeforeLastRecorded
            ),
        ]
        for (attempt, code) in refusals {
            do {
                _ = try attempt()
                Issue.record("\(code) expected")
            } catch {
                #expect(error.code == code, "\(error.message)")
            }
        }
        _ = try fixture.ledger.followUp(rating: bad, kind: .appeal, note: "学生误评，材料当场退回", at: at, by: "w01-a")
        do {
            _ = try fixture.ledger.followUp(
                rating: bad, kind: .review, decision: .upheld, note: "查实", at: at, by: "deputy")
            Issue.record("a deputy may not review")
        } catch {
            #expect(error.code == .roleNotAllowed)
        }
        let review = try fixture.ledger.followUp(
            rating: bad, kind: .review, decision: .rejected, note: "录像显示态度生硬", at: at, by: "director")
        #expect(review.decision == .rejected && review.doneBy == "director")
        #expect(try fixture.ledger.allRatings().first { $0.0.id == bad }?.1.map(\.kind) == [.appeal, .review])
        #expect(try fixture.verifier.verify().problems == [])
    }

    /// A rating the director finds unfounded owes nothing more: its 回访 stops being late on the
    /// day of the upheld review and its 整改, not yet due then, never becomes late.
    @Test func anUpheldAppealEndsTheFollowUpsOnItsDay() throws {
        let fixture = try AuditFixture()
        defer { fixture.remove() }
        let id = try Self.completed(fixture.base)
        let bad = try #require(try fixture.ledger.rate(Self.rating(id, level: "不满意")).id)
        let at = LedgerFixture.at("2026-10-12T09:00")
        _ = try fixture.ledger.followUp(rating: bad, kind: .appeal, note: "学生误评", at: at, by: "w01-a")
        _ = try fixture.ledger.followUp(
            rating: bad, kind: .review, decision: .upheld, note: "查实", at: at, by: "director")
        let after = try fixture.ledger.overdue(asOf: CivilDate("2026-10-20")!)
        let callback = try #require(after.items.first { $0.kind == .ratingCallback })
        #expect(callback.overdueDays.map(\.description) == ["2026-10-10", "2026-10-12"])
        #expect(!after.items.contains { $0.kind == .ratingRectification })
    }
}
