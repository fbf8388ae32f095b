import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WebApp

@Suite struct CaseOverdueTests {
    /// A case accepted on 1 September and never completed is overdue by 12 October.
    func fixtureWithALateCase() async throws -> (WebFixture, Int64) {
        let fixture = try await WebFixture()
        return (fixture, try fixture.acceptCase(at: "2026-09-01T09:00"))
    }

    @Test func theOverdueListFiltersByPeriodDaysAndWindow() async throws {
        let (fixture, id) = try await fixtureWithALateCase()
        defer { fixture.remove() }
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            let today = try await clerk.get(client, "/cases/overdue")
            #expect(today.status == .ok)
            #expect(today.text.contains("id=\"overdue-cases\"") && today.text.contains("href=\"/cases/\(id)\""))
            #expect(today.text.contains("截至 2026-10-12"))
            #expect(!today.text.contains("2021040123"))
            let period = try await clerk.get(client, "/cases/overdue?period=2026-09&window=1")
            #expect(period.text.contains("2026-09-01 至 2026-09-30 1号窗口"))
            #expect(period.text.contains("href=\"/cases/overdue.csv?period=2026-09&amp;window=1\""))
            let before = try await clerk.get(client, "/cases/overdue?through=2026-09-02")
            #expect(before.text.contains("id=\"overdue-empty\""))
            let otherWindow = try await clerk.get(client, "/cases/overdue?window=3")
            #expect(otherWindow.text.contains("id=\"overdue-empty\""))
            var visitor = BrowserSession()
            #expect(try await visitor.get(client, "/cases/overdue").status == .seeOther)
            #expect(try await visitor.get(client, "/cases/overdue.csv").status == .seeOther)
        }
    }

    @Test func badFiltersAreShownWithWhatWasTyped() async throws {
        let (fixture, _) = try await fixtureWithALateCase()
        defer { fixture.remove() }
        try await fixture.test { client in
            var deputy = try await BrowserSession.signedIn(client, as: "deputy")
            let cases = [
                ("period=2026-13", "不是有效的考核期间"), ("period=2026-09&from=2026-09-01", "只能选一种"),
                ("from=yesterday", "起始日期“yesterday”"), ("through=2026-02-30", "截止日期“2026-02-30”"),
                ("from=2026-10-01&through=2026-09-01", "晚于截止日期"), ("window=99", "没有“99”号窗口"),
                ("window=%3Cb%3E", "没有“&lt;b&gt;”号窗口"),
            ]
            for (query, message) in cases {
                let page = try await deputy.get(client, "/cases/overdue?\(query)")
                #expect(page.status == .badRequest, "\(query)")
                #expect(page.text.contains(message), "\(query)")
                #expect(page.text.contains("id=\"overdue-filter-form\""))
                let csv = try await deputy.get(client, "/cases/overdue.csv?\(query)")
                #expect(csv.status == .badRequest, "\(query)")
            }
            let kept = try await deputy.get(client, "/cases/overdue?period=2026-13")
            #expect(kept.text.contains("value=\"2026-13\""))
        }
    }

    @Test func theCSVExportIsTheCLIsCSVMaskedUnlessTheDirectorGivesAReason() async throws {
        let (fixture, id) = try await fixtureWithALateCase()
        defer { fixture.remove() }
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            let csv = try await clerk.get(client, "/cases/overdue.csv?period=2026-09")
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.headers[.contentDisposition]?.contains("overdue-2026-09-01-2026-09-30.csv") == true)
            #expect(csv.text.hasPrefix("\u{FEFF}窗口,类别,编号"))
            #expect(csv.text.contains(",\(id),学生证补办,") && !csv.text.contains("2021040123"))
            #expect(try await clerk.post(client, "/cases/overdue.csv", form: [("reason", "核对")]).status == .forbidden)
            #expect(try await clerk.post(client, "/cases/overdue", form: [("reason", "核对")]).status == .forbidden)
            var director = try await BrowserSession.signedIn(client, as: "director")
            let page = try await director.get(client, "/cases/overdue?period=2026-09")
            #expect(page.text.contains("id=\"overdue-unmask-form\"") && page.text.contains("value=\"2026-09\""))
            let forged = try await director.post(
                client, "/cases/overdue.csv", form: [("period", "2026-09"), ("reason", "核对")], token: "forged")
            #expect(forged.status == .forbidden)
            #expect(try fixture.disclosures() == 0)
            let full = try await director.post(
                client, "/cases/overdue.csv", form: [("period", "2026-09"), ("reason", "年度考核复核")])
            #expect(full.status == .ok && full.text.contains("2021040123"))
            let fullPage = try await director.post(
                client, "/cases/overdue", form: [("period", "2026-09"), ("reason", "年度考核复核")])
            #expect(fullPage.status == .ok && fullPage.text.contains("2021040123"))
            let blank = try await director.post(client, "/cases/overdue", form: [("period", "2026-09")])
            #expect(blank.status == .badRequest)
            let badFilter = try await director.post(
                client, "/cases/overdue", form: [("period", "soon"), ("reason", "核对")])
            #expect(badFilter.status == .badRequest)
            #expect(try fixture.disclosures() == 2)
        }
    }
}
