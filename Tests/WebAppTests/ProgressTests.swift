import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WebApp

/// The students' progress look-up (办件进度查询): status and due date only, the same answer for
/// a missing case and wrong digits, and a limit on tries.
@Suite struct ProgressTests {
    /// A fixture with one accepted case (#1, student 2021040123).
    static func withCase(_ body: @escaping @Sendable (WebFixture, any TestClientProtocol) async throws -> Void)
        async throws
    {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            let accepted = try await clerk.post(client, DeskTests.service + "/accept", form: DeskTests.acceptance())
            precondition(accepted.status == .seeOther)
            try await body(fixture, client)
        }
    }

    @Test func theRightDigitsGiveTheStatusAndDueDateOnly() async throws {
        try await Self.withCase { _, client in
            var student = BrowserSession()
            let form = try await student.get(client, "/progress")
            #expect(form.status == .ok && form.text.contains("id=\"progress-form\""))
            let answer = try await student.post(client, "/progress", form: [("case", "1"), ("digits", "0123")])
            #expect(answer.status == .ok)
            #expect(answer.text.contains("id=\"progress-status\">办理中"))
            #expect(answer.text.contains("2026-10-19"))
            for hidden in ["学生证补办", "张三", "2021040123", "1号窗口"] {
                #expect(!answer.text.contains(hidden), "\(hidden) is not shown")
            }
        }
    }

    @Test func aMissingCaseAndWrongDigitsGiveTheSameAnswer() async throws {
        try await Self.withCase { _, client in
            var student = BrowserSession()
            let wrong = try await student.post(client, "/progress", form: [("case", "1"), ("digits", "9999")])
            let missing = try await student.post(client, "/progress", form: [("case", "1"), ("digits", "9999")])
            var other = BrowserSession()
            let absent = try await other.post(client, "/progress", form: [("case", "7"), ("digits", "0123")])
            #expect(wrong.status == absent.status)
            #expect(
                wrong.text.contains("id=\"progress-not-found\"") && absent.text.contains("id=\"progress-not-found\""))
            let strip = { (text: String) in
                text.replacingOccurrences(of: #"value="[^"]*""#, with: "", options: .regularExpression)
                    .replacingOccurrences(of: "#1", with: "#N").replacingOccurrences(of: "#7", with: "#N")
            }
            #expect(strip(wrong.text) == strip(absent.text))
            #expect(missing.status == wrong.status)
        }
    }

    @Test func badInputAndForgedFormsAreRefused() async throws {
        try await Self.withCase { fixture, client in
            var student = BrowserSession()
            for form in [
                [("case", "abc"), ("digits", "0123")], [("case", "1"), ("digits", "123")],
                [("case", "1"), ("digits", "01234")], [("case", ""), ("digits", "")], [("digits", "0123")],
                [("case", "1"), ("digits", "01'3")], [("case", "99999999999999999999"), ("digits", "0123")],
            ] {
                let response = try await student.post(client, "/progress", form: form)
                #expect(response.status == .badRequest, "\(form)")
                #expect(response.text.contains("id=\"progress-failure\""))
            }
            let forged = try await student.post(
                client, "/progress", form: [("case", "1"), ("digits", "0123")], token: "forged")
            #expect(forged.status == .forbidden)
            #expect(!fixture.logLines.all.contains { $0.contains("0123") })
        }
    }

    @Test func triesAreLimitedPerClientAndFailuresPerCase() async throws {
        try await Self.withCase { fixture, client in
            var student = BrowserSession()
            let limit = fixture.environment.progressLimiter.limit
            for attempt in 0..<limit {
                let response = try await student.post(
                    client, "/progress", form: [("case", "1"), ("digits", String(format: "%04d", attempt))])
                #expect(response.status == .ok)
            }
            let throttled = try await student.post(client, "/progress", form: [("case", "1"), ("digits", "0123")])
            #expect(throttled.status == .tooManyRequests)
            #expect(throttled.text.contains("分钟后再试"))
            #expect(!throttled.text.contains("id=\"progress-status\""), "not even the right digits once throttled")
            // The failures were also counted against the case, whichever client tries next.
            #expect(throws: WebError.self) { try fixture.environment.progressLimiter.check("progress-case:1") }
        }
    }
}
