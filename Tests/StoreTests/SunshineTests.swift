import Assessment
import Catalog
import Foundation
import GRDB
import Store
import Testing

/// 阳光窗口 in the store: one vote per student number per period, kept as a keyed hash; the
/// opinions latest-wins with their trail; frozen once hut-demerits is published.
@Suite struct SunshineTests {
    let fixture: LedgerFixture
    let scheme: Scheme

    init() throws {
        fixture = try LedgerFixture()
        scheme = try #require(LedgerFixture.rules.schemes.first { $0.id == "hut-demerits" })
    }

    var october: Period { Period("2026-10")! }
    var desk: ScoreDesk { ScoreDesk(ledger: fixture.ledger, rules: LedgerFixture.rules, catalogFingerprint: "catalog") }

    @discardableResult
    func vote(_ student: String, window: String = "3", at: String = "2026-10-12T09:00") throws(LedgerError)
        -> SunshineVoteRecord
    {
        try fixture.ledger.castSunshineVote(
            scheme: scheme, period: nil, window: window, studentNumber: student, at: LedgerFixture.at(at),
            channel: .onSite)
    }

    func opinion(_ window: String, _ source: SunshineSource, _ score: Double, at: String = "2026-11-01T10:00")
        throws(LedgerError) -> SunshineOpinionRecord
    {
        try fixture.ledger.enterSunshineOpinion(
            scheme: scheme, period: october, window: window, source: source, score: score, note: nil,
            at: LedgerFixture.at(at), by: "director")
    }

    @Test func aVoteIsCountedOncePerStudent() throws {
        defer { fixture.remove() }
        try vote("2021040123")
        do {
            try vote("2021040123", window: "5", at: "2026-10-20T10:00")
            Issue.record("a second vote was accepted")
        } catch {
            #expect(error.code == .sunshineAlreadyVoted)
        }
        // Full-width digits are the same number.
        #expect(throws: LedgerError.self) { try vote("２０２１０４０１２３") }
        #expect(try fixture.ledger.sunshineTally(period: "2026-10").votes == [3: 1])
        try vote("2021040124")
        #expect(try fixture.ledger.sunshineTally(period: "2026-10").votes == [3: 2])
        // The next month is a new period: the same student votes again.
        try vote("2021040123", at: "2026-11-02T09:00")
        #expect(try fixture.ledger.sunshineTally(period: "2026-11").votes == [3: 1])
    }

    @Test func theStudentNumberIsStoredNowhere() throws {
        defer { fixture.remove() }
        try vote("2021040123")
        let texts = try fixture.ledger.database.read { db in
            var texts: [String] = []
            for table in ["sunshine_vote", "sunshine_key", "audit"] {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table)") {
                    texts += row.databaseValues.map { $0.description }
                }
            }
            return texts
        }
        #expect(!texts.contains { $0.contains("2021040123") || $0.contains("040123") })
        let voter = try fixture.ledger.database.read { db in
            try String.fetchOne(db, sql: "SELECT voter FROM sunshine_vote")
        }
        #expect(voter?.count == 64)
        // Keyed per database: the same number in another database hashes differently, so it
        // cannot be found by hashing every possible number.
        let other = try LedgerFixture()
        defer { other.remove() }
        _ = try other.ledger.castSunshineVote(
            scheme: scheme, period: nil, window: "3", studentNumber: "2021040123",
            at: LedgerFixture.at("2026-10-12T09:00"), channel: .onSite)
        let otherVoter = try other.ledger.database.read { db in
            try String.fetchOne(db, sql: "SELECT voter FROM sunshine_vote")
        }
        #expect(otherVoter != nil && otherVoter != voter)
        // Votes are never changed or deleted.
        #expect(throws: (any Error).self) {
            try fixture.ledger.database.write { db in try db.execute(sql: "UPDATE sunshine_vote SET window = 4") }
        }
        #expect(throws: (any Error).self) {
            try fixture.ledger.database.write { db in try db.execute(sql: "DELETE FROM sunshine_vote") }
        }
    }

    @Test func refusesABadNumberAWrongPeriodAndAnUnknownWindow() throws {
        defer { fixture.remove() }
        #expect(throws: LedgerError.self) { try vote("12345") }
        do {
            _ = try fixture.ledger.castSunshineVote(
                scheme: scheme, period: Period("2026-09"), window: "3", studentNumber: "2021040123",
                at: LedgerFixture.at("2026-10-12T09:00"), channel: .online)
            Issue.record("a vote for another period was accepted")
        } catch {
            #expect(error.code == .sunshineNotOpen)
        }
        #expect(throws: LedgerError.self) { try vote("2021040123", window: "99") }
        #expect(try fixture.ledger.sunshineTally(period: "2026-10").votes.isEmpty)
    }

    @Test func theLatestOpinionCountsAndEarlierOnesStay() throws {
        defer { fixture.remove() }
        _ = try opinion("3", .teachers, 70)
        _ = try opinion("3", .teachers, 90, at: "2026-11-01T11:00")
        let tally = try fixture.ledger.sunshineTally(period: "2026-10")
        #expect(tally.opinions.map(\.score) == [70, 90])
        let standing = try #require(try fixture.ledger.sunshineStanding(scheme: scheme, period: october))
        #expect(standing.rows.first { $0.window.number == 3 }?.teachers?.score == 90)
        #expect(throws: LedgerError.self) { try opinion("3", .hall, 101) }
        do {
            _ = try fixture.ledger.enterSunshineOpinion(
                scheme: scheme, period: october, window: "3", source: .hall, score: 80, note: nil,
                at: LedgerFixture.at("2026-11-01T10:00"), by: "deputy")
            Issue.record("a deputy entered an opinion")
        } catch {
            #expect(error.code == .roleNotAllowed)
        }
    }

    @Test func theStandingAddsUpByTheWeights() throws {
        defer { fixture.remove() }
        for index in 0..<8 { try vote("20210401\(10 + index)", window: "3") }
        for index in 0..<4 { try vote("20210402\(10 + index)", window: "5") }
        _ = try opinion("3", .teachers, 80)
        _ = try opinion("3", .hall, 70)
        _ = try opinion("5", .teachers, 100)
        _ = try opinion("5", .hall, 100)
        let standing = try #require(try fixture.ledger.sunshineStanding(scheme: scheme, period: october))
        let three = try #require(standing.rows.first { $0.window.number == 3 })
        let five = try #require(standing.rows.first { $0.window.number == 5 })
        // 3: votes 100 × 50% + 80 × 30% + 70 × 20% = 50 + 24 + 14 = 88.
        #expect(three.votePoints == 100)
        #expect(three.total == 88)
        // 5: 4 / 8 → 50 points; 25 + 30 + 20 = 75.
        #expect(five.votePoints == 50)
        #expect(five.total == 75)
        #expect(three.rank == 1 && five.rank == 2)
        #expect(three.winner && !five.winner)
        #expect(three.teachers?.enteredBy.contains("director") == true)
        // Others have no opinions yet: 待录入, not ranked.
        #expect(standing.rows.first { $0.window.number == 1 }?.total == nil)
        #expect(standing.totalVotes == 12)
    }

    @Test func tooFewVotesNameNoWinner() throws {
        defer { fixture.remove() }
        try vote("2021040123")
        _ = try opinion("3", .teachers, 80)
        _ = try opinion("3", .hall, 80)
        let standing = try #require(try fixture.ledger.sunshineStanding(scheme: scheme, period: october))
        #expect(standing.rows.first { $0.window.number == 3 }?.rank == 1)
        #expect(standing.winnerRows.isEmpty)
        #expect(standing.notes.contains { $0.contains("少于") })
    }

    @Test func publishingFreezesTheStandingAndItDecodes() throws {
        defer { fixture.remove() }
        try vote("2021040123")
        _ = try opinion("3", .teachers, 80)
        _ = try desk.publish(
            scheme: "hut-demerits", period: october, at: LedgerFixture.at("2026-11-02T09:00"), by: "director")
        do {
            _ = try opinion("3", .hall, 80, at: "2026-11-02T10:00")
            Issue.record("an opinion was entered after publishing")
        } catch {
            #expect(error.code == .periodPublished)
        }
        let scored = try desk.score(scheme: "hut-demerits", period: october)
        #expect(scored.publication != nil)
        guard case .people(let result) = scored.result else {
            Issue.record("the published result did not decode")
            return
        }
        let standing = try #require(result.sunshine)
        #expect(standing.rows.first { $0.window.number == 3 }?.votes == 1)
        #expect(standing.rows.first { $0.window.number == 3 }?.teachers?.score == 80)
        #expect(scored.rendered(as: .text).contains("阳光窗口评比"))
        #expect(scored.rendered(as: .csv).contains("sunshine_rank"))
    }

    @Test func aResultPublishedBeforeTheStandingStillDecodes() throws {
        let json = #"{"scheme":"hut-demerits","scheme_name":"x","period":"2026-09","period_kind":"month","people":[]}"#
        let result = try ScoreJSON.decode(DemeritCounter.Result.self, from: json)
        #expect(result.sunshine == nil)
    }
}
