import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WebApp

/// The receipt (受理回执): what was accepted, the due date, what is still owed, and a short
/// link with its QR code to the student's progress page.
@Suite struct ReceiptTests {
    @Test func theReceiptShowsTheCaseWhatIsOwedAndASignedShortLink() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            _ = try await clerk.post(client, DeskTests.service + "/accept", form: DeskTests.acceptance())
            let receipt = try await clerk.get(client, "/cases/1/receipt")
            #expect(receipt.status == .ok)
            let text = receipt.text
            #expect(text.contains("id=\"receipt\"") && text.contains("受理回执"))
            #expect(text.contains("#1") && text.contains("学生证补办") && text.contains("1号窗口"))
            #expect(text.contains("2026-10-19"), "five working days after 2026-10-12")
            #expect(!text.contains("id=\"receipt-provisional\""), "2026 is in the calendar")
            let owed = try #require(text.range(of: "id=\"receipt-owed\"")).upperBound
            #expect(text[owed...].prefix(120).contains("一寸证件照：待补交"))
            #expect(text.contains("<svg") && text.contains("id=\"receipt-qr\""))
            #expect(!text.contains("2021040123"), "the student number is masked")
            let link = try #require(text.firstMatch(of: /http:\/\/hall\.test\/p\/(1-[a-z2-9]{8})/))
            var student = BrowserSession()
            let opened = try await student.get(client, "/p/\(link.1)")
            #expect(opened.status == .seeOther)
            #expect(opened.headers[.location] == "/progress?case=1")
            let filled = try await student.get(client, "/progress?case=1")
            #expect(filled.text.contains("value=\"1\""))
        }
    }

    @Test func aGuessedOrAlteredShortLinkLeadsNowhere() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            _ = try await clerk.post(client, DeskTests.service + "/accept", form: DeskTests.acceptance())
            let receipt = try await clerk.get(client, "/cases/1/receipt")
            let code = String(try #require(receipt.text.firstMatch(of: /\/p\/(1-[a-z2-9]{8})/)).1)
            let other = "2" + code.dropFirst()
            var student = BrowserSession()
            for guess in [other, "1-aaaaaaaa", "1", "x-y", "-1-abcdefgh", code + "a", "%FF"] {
                let response = try await student.get(client, "/p/\(guess)")
                #expect(response.status == .notFound, "\(guess)")
            }
            // The key is made once and kept: the code stays the same.
            let again = try await clerk.get(client, "/cases/1/receipt")
            #expect(again.text.contains("/p/\(code)"))
        }
    }

    @Test func aProvisionalDueDateSaysSo() async throws {
        let fixture = try await WebFixture(now: "2026-12-28T09:00")
        defer { fixture.remove() }
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            let accepted = try await clerk.post(client, DeskTests.service + "/accept", form: DeskTests.acceptance())
            let receipt = try await clerk.get(client, try #require(accepted.headers[.location]))
            #expect(receipt.text.contains("id=\"receipt-provisional\""))
            #expect(receipt.text.contains("暂按法定节假日推算"))
        }
    }

    @Test func theReceiptIsForStaffAndRefusesUnknownCases() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            _ = try await clerk.post(client, DeskTests.service + "/accept", form: DeskTests.acceptance())
            var visitor = BrowserSession()
            let public_ = try await visitor.get(client, "/cases/1/receipt")
            #expect(public_.status == .seeOther)
            #expect(public_.headers[.location]?.hasPrefix("/login") == true)
            for name in ["deputy", "director"] {
                var staff = try await BrowserSession.signedIn(client, as: name)
                #expect(try await staff.get(client, "/cases/1/receipt").status == .ok, "\(name)")
            }
            for path in ["/cases/2/receipt", "/cases/abc/receipt", "/cases/0/receipt", "/cases/-1/receipt"] {
                #expect(try await clerk.get(client, path).status == .notFound, "\(path)")
            }
        }
    }
}
