import Foundation
import HTTPTypes
import Hall
import Hummingbird
import HummingbirdTesting
import Testing
import WebApp

/// `/status` and the director's reload: what is being served, and a broken catalog refused
/// while the previous one keeps serving.
@Suite struct StatusTests {
    /// Replaces `old` by `new` in the fixture's copy of a catalog file.
    static func edit(_ fixture: WebFixture, _ file: String, _ old: String, _ new: String) throws {
        let url = fixture.folder.appendingPathComponent("catalog").appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old), "the test's edit must change \(file)")
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func anyoneSignedInSeesVersionsDiagnosticsAssumedValuesAndTheCalendar() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var anonymous = BrowserSession()
            let refused = try await anonymous.get(client, "/status")
            #expect(refused.status == .seeOther)
            #expect(refused.headers[.location]?.hasPrefix("/login") == true)
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            let page = try await clerk.get(client, "/status")
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains(fixture.hall.source.fingerprint) && html.contains(fixture.hall.rules.fingerprint))
            for id in ["status-versions", "status-diagnostics", "status-calendar", "status-assumed", "last-reload"] {
                #expect(html.contains("id=\"\(id)\""), "missing #\(id)")
            }
            #expect(html.contains("0 个错误"))
            let assumed = fixture.hall.catalog.assumedValues.count + fixture.hall.rules.assumedValues.count
            #expect(assumed > 0 && html.contains("待确认的假定值（\(assumed)）"))
            #expect(html.contains("calendar-year-2026") && html.contains("calendar-year-2027"))
            #expect(html.contains("wulong-monthly"))
            #expect(!html.contains("id=\"reload-form\""), "only the director reloads")
            var director = try await BrowserSession.signedIn(client, as: "director")
            #expect(try await director.get(client, "/status").text.contains("id=\"reload-form\""))
        }
    }

    @Test func onlyTheDirectorReloadsAndOnlyFromThePage() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            for name in ["w01-b1", "deputy"] {
                var session = try await BrowserSession.signedIn(client, as: name)
                #expect(try await session.post(client, "/status/reload", form: []).status == .forbidden)
            }
            var anonymous = BrowserSession()
            #expect(try await anonymous.post(client, "/status/reload", form: []).status == .unauthorized)
            var director = try await BrowserSession.signedIn(client, as: "director")
            let forged = try await director.post(client, "/status/reload", form: [], token: "forged")
            #expect(forged.status == .forbidden)
        }
        #expect(fixture.environment.holder.lastReload == nil, "no refused request reloaded anything")
    }

    @Test func aGoodEditIsServedAfterTheDirectorReloads() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let before = fixture.hall.source.fingerprint
        try Self.edit(fixture, "hall.yaml", "name: 一站式学生事务中心服务大厅", "name: 一站式学生事务中心服务大厅（新）")
        try await fixture.test { client in
            var director = try await BrowserSession.signedIn(client, as: "director")
            let reload = try await director.post(client, "/status/reload", form: [])
            #expect(reload.status == .seeOther)
            #expect(reload.headers[.location] == "/status")
            let page = try await director.get(client, "/status")
            #expect(page.text.contains(fixture.hall.source.fingerprint))
            #expect(page.text.contains("成功"))
        }
        #expect(fixture.hall.source.fingerprint != before)
        #expect(fixture.hall.catalog.hall?.name == "一站式学生事务中心服务大厅（新）")
    }

    @Test func aBrokenCatalogIsRefusedWithItsDiagnosticsAndTheOldOneKeepsServing() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let before = fixture.hall.source.fingerprint
        try Self.edit(fixture, "windows/01.yaml", "number: 1", "number: [oops")
        try await fixture.test { client in
            var director = try await BrowserSession.signedIn(client, as: "director")
            let refused = try await director.post(client, "/status/reload", form: [])
            #expect(refused.status == .conflict)
            #expect(refused.text.contains("id=\"reload-refused\"") && refused.text.contains("重新加载被拒绝"))
            #expect(refused.text.contains("windows/01.yaml"), "the diagnostics name the file")
            #expect(refused.text.contains(before), "the page shows the catalog still served")
            let page = try await director.get(client, "/status")
            #expect(page.text.contains("被拒绝") && page.text.contains(before))
        }
        #expect(fixture.hall.source.fingerprint == before)
        #expect(fixture.environment.holder.lastReload?.failure != nil)
        #expect(fixture.hall.catalog.windows.count == 13)
    }
}
