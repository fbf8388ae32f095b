import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WebApp

/// The public guide's search box (routing is public, like the guide) and its A4 print view.
@Suite struct GuideSearchTests {
    @Test func theGuideSearchFindsAServiceAndLinksToItsGuidePage() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var visitor = BrowserSession()
            let page = try await visitor.get(client, "/?q=%E5%AD%A6%E7%94%9F%E8%AF%81%E4%B8%A2%E4%BA%86")  // 学生证丢了
            #expect(page.status == .ok)
            #expect(page.text.contains("id=\"guide-matches\""))
            #expect(
                page.text.contains("href=\"/guide/services/student-id-replacement"), "links to the guide, not the desk")
            #expect(!page.text.contains("href=\"/desk/services/"))
            let outside = try await visitor.get(client, "/?q=%E5%9B%BE%E4%B9%A6%E9%A6%86%E5%80%9F%E4%B9%A6")  // 图书馆借书
            #expect(outside.status == .ok)
            #expect(outside.text.contains("不属于本大厅受理范围") || outside.text.contains("id=\"guide-matches\""))
        }
    }

    @Test func theGuidePrintsTheNoticeForTheAnswersGivenWithoutSignIn() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var visitor = BrowserSession()
            let page = try await visitor.get(client, "/guide/services/student-id-replacement?fact.card.reason=damaged")
            #expect(page.text.contains("id=\"guide-print\""))
            #expect(page.text.contains("/guide/services/student-id-replacement/print?fact.card.reason=damaged"))
            let printed = try await visitor.get(
                client, "/guide/services/student-id-replacement/print?fact.card.reason=damaged")
            #expect(printed.status == .ok)
            #expect(printed.text.contains("一次性告知"))
            #expect(printed.text.contains("href=\"/guide/services/student-id-replacement?fact.card.reason=damaged\""))
            let unknown = try await visitor.get(client, "/guide/services/no-such-service/print")
            #expect(unknown.status == .notFound)
            let badFact = try await visitor.get(
                client, "/guide/services/student-id-replacement/print?fact.card.reason=%3Cb%3E")
            #expect(badFact.status == .badRequest, "a value the fact does not have is refused, not printed")
        }
    }
}
