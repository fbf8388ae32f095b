import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WebApp

@Suite struct CaseListTests {
    @Test func theQueueShowsTodaysBPostCasesMaskedToStaffOnly() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let id = try fixture.acceptCase()
        try await fixture.test { client in
            var visitor = BrowserSession()
            let anonymous = try await visitor.get(client, "/cases")
            #expect(anonymous.status == .seeOther)
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            let queue = try await clerk.get(client, "/cases")
            #expect(queue.status == .ok)
            #expect(queue.text.contains("id=\"case-queue\"") && queue.text.contains("href=\"/cases/\(id)\""))
            #expect(queue.text.contains("2026-10-12") && queue.text.contains("1号窗口"))
            #expect(!queue.text.contains("2021040123"))
            #expect(!queue.text.contains("queue-unmask-form"))
            let otherDay = try await clerk.get(client, "/cases?day=2026-10-09")
            #expect(otherDay.text.contains("id=\"queue-empty\""), "accepted after that day")
            let badDay = try await clerk.get(client, "/cases?day=tomorrow")
            #expect(badDay.status == .badRequest)
            #expect(badDay.text.contains("日期“tomorrow”无效"))
            let clerkAsks = try await clerk.post(client, "/cases", form: [("reason", "核对")])
            #expect(clerkAsks.status == .forbidden)
            var director = try await BrowserSession.signedIn(client, as: "director")
            #expect(try await director.get(client, "/cases").text.contains("queue-unmask-form"))
            let forged = try await director.post(client, "/cases", form: [("reason", "核对")], token: "forged")
            #expect(forged.status == .forbidden)
            let blank = try await director.post(client, "/cases", form: [("reason", "")])
            #expect(blank.status == .badRequest)
            let mistyped = try await director.post(client, "/cases", form: [("reason", "核对"), ("day", "soon")])
            #expect(mistyped.status == .badRequest && !mistyped.text.contains("2021040123"))
            #expect(try fixture.disclosures() == 0)
            let full = try await director.post(client, "/cases", form: [("reason", "核对"), ("day", "2026-10-12")])
            #expect(full.status == .ok && full.text.contains("2021040123"))
            #expect(try fixture.disclosures() == 1)
        }
    }

    @Test func theListFiltersByWindowAndStatusAndRefusesBadFilters() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let id = try fixture.acceptCase()
        try await fixture.test { client in
            var deputy = try await BrowserSession.signedIn(client, as: "deputy")
            let all = try await deputy.get(client, "/cases/list")
            #expect(all.status == .ok && all.text.contains("href=\"/cases/\(id)\""))
            #expect(!all.text.contains("2021040123"))
            let open = try await deputy.get(client, "/cases/list?window=1&status=open")
            #expect(open.text.contains("href=\"/cases/\(id)\""))
            let completed = try await deputy.get(client, "/cases/list?status=completed")
            #expect(!completed.text.contains("href=\"/cases/\(id)\""))
            #expect(try await deputy.get(client, "/cases/list?window=99").status == .badRequest)
            #expect(try await deputy.get(client, "/cases/list?window=x").status == .badRequest)
            #expect(try await deputy.get(client, "/cases/list?status=lost").status == .badRequest)
            var visitor = BrowserSession()
            #expect(try await visitor.get(client, "/cases/list").status == .seeOther)
        }
    }
}
