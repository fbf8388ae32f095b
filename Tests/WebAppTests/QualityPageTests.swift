import Catalog
import Foundation
import GRDB
import HTTPTypes
import Hall
import Hummingbird
import HummingbirdTesting
import Store
import Testing
import WebApp

/// `/quality`: deputy and above see the report with its server-drawn charts and shortfalls in
/// red; a clerk is refused; a bad period re-shows the form with why.
@Suite struct QualityPageTests {
    /// One late case at window 1 (due 2026-10-10, completed 10-12), rated 不满意.
    static func lateCase(_ fixture: WebFixture) throws {
        let ledger = fixture.hall.ledger
        let record = try ledger.accept(
            AcceptRequest(
                service: "student-id-replacement", window: 1, studentNumber: "2021040123",
                at: CivilDateTime("2026-09-28T09:00")!, by: "w01-a"))
        let id = try #require(record.id)
        _ = try ledger.complete(id, at: CivilDateTime("2026-10-12T08:50")!, by: "w01-a")
        _ = try ledger.database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO rating (case_id, window_number, staff, level, channel, rated_at)
                    VALUES (?, 1, 'w01-a', 'dissatisfied', 'on_site', '2026-10-12T08:55')
                    """, arguments: [id])
        }
    }

    @Test func aDeputySeesRatesChartsAndShortfallsInRed() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try Self.lateCase(fixture)
        try await fixture.test { client in
            var deputy = try await BrowserSession.signedIn(client, as: "deputy")
            let page = try await deputy.get(client, "/quality?period=2026-10")
            #expect(page.status == .ok)
            let text = page.text
            #expect(text.contains("id=\"quality\"") && text.contains("2026-10 服务质量报告"))
            #expect(text.contains("<td class=\"quality-short\">0%</td>"), "on time 0 of 1, satisfied 0 of 1")
            #expect(text.contains("按时办结率 100%，办事准确率 100%，满意率 96%"))
            #expect(text.contains("id=\"quality-bars-on_time_rate\"") && text.contains("id=\"quality-trend\""))
            #expect(text.contains("<g class=\"bar short\">") && !text.contains("<script"))
            let thisMonth = try await deputy.get(client, "/quality")
            #expect(thisMonth.status == .ok && thisMonth.text.contains("2026-10 服务质量报告"))
        }
    }

    @Test func aClerkIsRefusedAndABadPeriodIsSaidOnTheForm() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            let refused = try await clerk.get(client, "/quality")
            #expect(refused.status == .forbidden)
            var anonymous = BrowserSession()
            #expect(try await anonymous.get(client, "/quality").status == .seeOther)
            var director = try await BrowserSession.signedIn(client, as: "director")
            let bad = try await director.get(client, "/quality?period=2026-13")
            #expect(bad.status == .badRequest && bad.text.contains("“2026-13”不是有效的期间"))
            #expect(!bad.text.contains("id=\"quality-table\""))
        }
    }
}
