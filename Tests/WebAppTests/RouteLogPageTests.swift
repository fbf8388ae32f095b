import Assessment
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Store
import Testing
import WebApp

/// The desk's searches are logged for `route misses`: the result links carry the log's id and
/// opening one records the clerk's choice; the public API's questions are not logged.
@Suite struct RouteLogPageTests {
    @Test func aDeskSearchIsLoggedAndTheServiceOpenedIsTheChoice() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            let page = try await clerk.get(client, "/desk?q=" + BrowserSession.encode("饭卡丢了"))
            #expect(page.text.contains("id=\"desk-confidence\""))
            let link = try #require(
                page.text.range(
                    of: "/desk/services/campus-card-replacement?[^\"]*asked=[0-9]+", options: .regularExpression))
            let href = String(page.text[link]).replacingOccurrences(of: "&amp;", with: "&")
            #expect(try await clerk.get(client, href).status == .ok)
            var visitor = BrowserSession()
            _ = try await visitor.get(client, "/api/route?q=" + BrowserSession.encode("饭卡丢了"))
        }
        let logged: [Row] = try fixture.hall.ledger.database.read { db in
            try Row.fetchAll(db, sql: "SELECT channel, answer, chosen_service FROM route_question")
        }
        #expect(logged.count == 1)
        #expect(logged.first?["answer"] == "campus-card-loss-report")
        #expect(logged.first?["chosen_service"] == "campus-card-replacement")
        let misses = try fixture.hall.routeLog.misses(Period("2026-10")!)
        #expect(misses.corrections.map(\.service) == ["campus-card-replacement"])
    }
}
