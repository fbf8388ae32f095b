import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WebApp

@Suite struct SignInTests {
    @Test func signingInSetsAnHttpOnlyStrictSessionCookieAndGoesToNext() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var session = BrowserSession()
            let page = try await session.get(client, "/login?next=/cases")
            #expect(page.status == .ok)
            #expect(page.text.contains("name=\"username\"") && page.text.contains("name=\"password\""))
            let response = try await session.post(
                client, "/login", form: [("username", "w01-b1"), ("password", WebFixture.password), ("next", "/cases")])
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/cases")
            let cookie = response.headers[values: .setCookie].first { $0.hasPrefix("onestop_session=") } ?? ""
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Secure"))
            let users = try await session.get(client, "/users")
            #expect(users.status == .forbidden, "a clerk may not manage users")
        }
    }

    @Test func aWrongPasswordIsRefusedAndTheSixthTryIsThrottled() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var session = BrowserSession()
            for _ in 0..<5 {
                let response = try await session.post(
                    client, "/login", form: [("username", "director"), ("password", "not-the-password")])
                #expect(response.status == .unauthorized)
                #expect(response.text.contains("用户名或密码不正确"))
            }
            let throttled = try await session.post(
                client, "/login", form: [("username", "director"), ("password", WebFixture.password)])
            #expect(throttled.status == .tooManyRequests, "even the right password waits once throttled")
            #expect(throttled.text.contains("分钟后再试"))
        }
    }

    @Test func aFormWithoutTheTokenIsRefusedAndWritesNothing() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var session = try await BrowserSession.signedIn(client, as: "director")
            let forged = try await session.post(
                client, "/users", form: [("username", "w02-a"), ("role", "clerk"), ("password", "long-enough-1")],
                token: "forged")
            #expect(forged.status == .forbidden)
            #expect(forged.text.contains("form-not-from-page"))
            #expect(try fixture.environment.accounts.list().map(\.name).contains("w02-a") == false)
            let added = try await session.post(
                client, "/users", form: [("username", "w02-a"), ("role", "clerk"), ("password", "long-enough-1")])
            #expect(added.status == .seeOther)
            #expect(try fixture.environment.accounts.list().first { $0.name == "w02-a" }?.createdBy == "director")
        }
    }

    @Test func aUserMustBeOnTheStaffListAndHaveALongPassword() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var session = try await BrowserSession.signedIn(client, as: "director")
            let stranger = try await session.post(
                client, "/users", form: [("username", "mallory"), ("role", "clerk"), ("password", "long-enough-1")])
            #expect(stranger.status == .notFound)
            #expect(stranger.text.contains("不在大厅的工作人员名单中"))
            let short = try await session.post(
                client, "/users", form: [("username", "w03-a"), ("role", "clerk"), ("password", "short")])
            #expect(short.status == .badRequest)
            #expect(short.text.contains("至少需要 10 个字符"))
        }
    }

    @Test func theSetupLinkCreatesTheFirstDirectorOnce() async throws {
        let fixture = try await WebFixture(withUsers: false)
        defer { fixture.remove() }
        let token = fixture.environment.setup.issue()
        try await fixture.test { client in
            var session = BrowserSession()
            #expect(try await session.get(client, "/setup/wrong").status == .forbidden)
            #expect(try await session.get(client, "/setup/\(token)").status == .ok)
            let created = try await session.post(
                client, "/setup/\(token)", form: [("username", "director"), ("password", WebFixture.password)])
            #expect(created.status == .seeOther)
            #expect(try await session.get(client, "/setup/\(token)").status == .forbidden, "the link works once")
            _ = try await BrowserSession.signedIn(client, as: "director")
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var session = try await BrowserSession.signedIn(client, as: "director")
            let users = try await session.get(client, "/users")
            #expect(users.status == .ok)
            #expect(users.text.contains("学生事务中心主任（主任）"), "the header names who is signed in")
            #expect(!users.text.contains("工作人员登录"))
            let stolen = session.cookies
            #expect(try await session.post(client, "/logout", form: []).status == .seeOther)
            var replay = BrowserSession(cookies: stolen)
            #expect(try await replay.get(client, "/users").status == .seeOther, "the old cookie no longer signs in")
        }
    }

    @Test func everyRequestIsLoggedOnOneLineWithoutItsQuery() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var session = BrowserSession()
            try await session.get(client, "/login?next=/cases&student=2021040123")
            _ = try await session.post(client, "/login", form: [("username", "director"), ("password", "2021040123x")])
        }
        let lines = fixture.logLines.all
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.first?.hasPrefix("GET /login 200 ") == true, "\(lines)")
        #expect(lines.allSatisfy { !$0.contains("2021040123") })
    }

    @Test func anUnknownPathIsAChinesePageOrAJSONError() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var session = BrowserSession()
            let page = try await session.get(client, "/nowhere")
            #expect(page.status == .notFound)
            #expect(page.text.contains("没有这个页面"))
            let api = try await session.get(client, "/api/nowhere")
            #expect(api.status == .notFound)
            #expect(api.text.contains("\"no-such-path\""))
            let css = try await session.get(client, "/static/style.css")
            #expect(css.status == .ok)
        }
    }
}
