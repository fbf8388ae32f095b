import Assessment
import Catalog
import Foundation
import Hall
import Store
import Testing

/// Scoring, publishing and correcting a period through the application target.
@Suite struct PeriodScoringTests {
    let fixture: HallFixture
    let october = Period("2026-10")!
    var scoring: PeriodScoring {
        PeriodScoring(ledger: fixture.ledger, rules: HallFixture.rules, catalogFingerprint: "catalog")
    }

    init() throws { fixture = try HallFixture() }

    func importEvents(_ rows: String, correction: Bool = false) throws {
        let book = EventBook(
            database: fixture.ledger.database, catalog: HallFixture.catalog, schemes: HallFixture.rules.schemes)
        _ = try book.importEvents(
            data: Data(("date,window,staff,post,item,count\n" + rows).utf8), file: "events.csv",
            at: HallFixture.at("2026-11-01T09:00"), by: "deputy", correction: correction)
    }

    @Test func aMonthsScoreIsTheJSONContract() throws {
        defer { fixture.remove() }
        try importEvents("2026-10-09,1,小王,B,discipline.late_or_early,1\n")
        let scored = try scoring.preview(.init(scheme: "wulong-monthly", period: october), at: HallFixture.now)
        GoldenFile.check(scored.rendered(as: .json), name: "score-wulong-2026-10.json")
    }

    @Test func publishingIsPreviewedThenDoneOnceAndAnnounced() throws {
        defer { fixture.remove() }
        let request = PeriodScoring.Request(scheme: "wulong-monthly", period: october, action: .publish)
        #expect(throws: LedgerError.self) { try scoring.preview(request, at: HallFixture.at("2026-10-31T17:00")) }
        let at = HallFixture.at("2026-11-02T08:00")
        let preview = try scoring.preview(request, at: at)
        #expect(preview.publication == nil)
        let outcome = try scoring.commit(request, at: at, by: "director")
        #expect(outcome.scored.publication?.record.publishedBy == "director")
        #expect(outcome.announcement == "已发布 wulong-monthly 2026-10（2026-11-02T08:00，director），此后结果不再改变")
        #expect(throws: LedgerError.self) { try scoring.commit(request, at: at, by: "director") }
    }

    @Test func aCorrectionNeedsAReasonAndKeepsThePublishedResult() throws {
        defer { fixture.remove() }
        let at = HallFixture.at("2026-11-02T08:00")
        _ = try scoring.commit(
            .init(scheme: "wulong-monthly", period: october, action: .publish), at: at, by: "director")
        try importEvents("2026-10-20,2,小李,,discipline.absent,1\n", correction: true)
        let blank = PeriodScoring.Request(scheme: "wulong-monthly", period: october, action: .correct(reason: "  "))
        #expect(throws: LedgerError.self) { try scoring.preview(blank, at: at) }
        #expect(throws: LedgerError.self) { try scoring.commit(blank, at: at, by: "director") }
        let request = PeriodScoring.Request(
            scheme: "wulong-monthly", period: october, action: .correct(reason: "漏记一次缺岗"))
        let outcome = try scoring.commit(request, at: HallFixture.at("2026-11-03T08:00"), by: "director")
        #expect(outcome.announcement?.hasPrefix("已更正 wulong-monthly 2026-10（2026-11-03T08:00，director：漏记一次缺岗）") == true)
        #expect(outcome.scored.publication?.corrections.count == 1)
    }

    @Test func aPlainScoreChangesNothing() throws {
        defer { fixture.remove() }
        let outcome = try scoring.commit(
            .init(scheme: "wulong-monthly", period: october), at: HallFixture.now, by: "director")
        #expect(outcome.announcement == nil)
        #expect(outcome.scored.publication == nil)
    }
}
