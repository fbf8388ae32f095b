import Catalog
import Foundation
import HTTPTypes
import Hall
import HummingbirdTesting
import NIOCore
import Store
import Testing
import WebApp

/// The JSON API's routes: who may call what, the answers' shapes (the CLI's JSON), the CSRF
/// header for session calls, the 405s, and bad input of every call refused with 400 and
/// nothing written.
@Suite struct APIRouteTests {
    @Test func publicCallsNeedNoSignInAndAnswerTheCLIsJSON() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let hall = fixture.hall
        try await fixture.test { client in
            let route = try await client.execute(uri: "/api/route?q=%E9%A5%AD%E5%8D%A1%E4%B8%A2%E4%BA%86", method: .get)
            #expect(route.status == .ok)
            #expect(route.text == hall.routing.route("饭卡丢了").json())
            #expect(route.headers[values: .setCookie].isEmpty, "the API renders no form: no token cookie")
            let page = try await client.execute(uri: "/", method: .get)
            #expect(page.headers[values: .setCookie].contains { $0.hasPrefix(FormTokenMiddleware.cookieName + "=") })
            let services = try await client.execute(uri: "/api/services?window=1", method: .get)
            #expect(services.status == .ok)
            #expect(services.text.contains("student-id-replacement"))
            #expect(!services.text.contains("campus-card-loss-report"))
            let service = try await client.execute(uri: "/api/services/student-id-replacement", method: .get)
            #expect(service.status == .ok)
            #expect(service.text.contains("\"time_limit\""))
            let notice = try await APICalls.json(
                client, "/api/services/student-id-replacement/notice",
                #"{"have":["written_application"],"submitted":"2026-10-12T09:00"}"#)
            #expect(notice.status == .ok)
            let expected = try hall.notice.issue(
                .init(
                    service: "student-id-replacement", have: ["written_application"],
                    submitted: CivilDateTime("2026-10-12T09:00"))
            ).rendered(as: .json)
            #expect(notice.text == expected)
            let document = try await client.execute(uri: "/api/openapi.yaml", method: .get)
            #expect(document.status == .ok)
            #expect(document.text.hasPrefix("openapi: 3.1.0"))
        }
    }

    @Test func staffCallsRefuseThePublicAndWrongPasswords() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            for (method, uri) in APICalls.staffCalls {
                let response = try await client.execute(
                    uri: uri, method: method, headers: [.contentType: "application/json"],
                    body: ByteBuffer(string: "{}"))
                #expect(response.status == .unauthorized, "\(uri)")
                #expect(response.text.contains("\"sign-in-required\""), "\(uri)")
                #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Basic") == true)
            }
            let wrong = try await client.execute(
                uri: "/api/cases", method: .get, headers: [.authorization: APICalls.basic("director", password: "nope")]
            )
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("\"wrong-credentials\""))
        }
    }

    @Test func aClerkWorksCasesButNotAssessment() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            let id = try await APICalls.acceptOne(client, as: "w01-b1")
            let list = try await APICalls.get(client, "/api/cases?status=open", as: "w01-b1")
            #expect(list.status == .ok)
            #expect(list.text.contains("\"id\" : \(id)"))
            #expect(list.text.contains("2023****01"))
            let pause = try await APICalls.json(
                client, "/api/cases/\(id)/transitions", #"{"action":"pause","reason":"照片不合格"}"#, as: "w01-b1")
            #expect(pause.status == .ok)
            #expect(pause.text.contains("\"status\" : \"paused\""))
            let shown = try await APICalls.get(client, "/api/cases/\(id)", as: "w01-b1")
            #expect(shown.status == .ok)
            #expect(shown.text.contains("\"actor\" : \"w01-b1\""))
            #expect(shown.text.contains("\"history\""))
            let overdue = try await APICalls.get(client, "/api/cases/overdue?period=2026-10", as: "w01-b1")
            #expect(overdue.status == .ok)
            #expect(overdue.text.contains("\"as_of\""))
            let score = try await APICalls.get(client, "/api/score?scheme=wulong-monthly&period=2026-10", as: "w01-b1")
            #expect(score.status == .forbidden)
            #expect(score.text.contains("\"role-not-allowed\""))
            let events = try await APICalls.csv(client, "/api/events", APICalls.eventsCSV, as: "w01-b1")
            #expect(events.status == .forbidden)
        }
        #expect(try fixture.hall.events.events().isEmpty)
    }

    @Test func transitionsMoveTheCaseAndRefuseWhatTheLedgerRefuses() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            let id = try await APICalls.acceptOne(client)
            let transfer = try await APICalls.json(
                client, "/api/cases/\(id)/transitions", #"{"action":"transfer","window":2}"#, as: "director")
            #expect(transfer.status == .conflict)
            #expect(transfer.text.contains("\"window-does-not-offer-service\""))
            let complete = try await APICalls.json(
                client, "/api/cases/\(id)/transitions", #"{"action":"complete"}"#, as: "director")
            #expect(complete.status == .ok)
            #expect(complete.text.contains("\"status\" : \"completed\""))
            let again = try await APICalls.json(
                client, "/api/cases/\(id)/transitions", #"{"action":"resume"}"#, as: "director")
            #expect(again.status == .conflict)
            let missing = try await APICalls.json(
                client, "/api/cases/999/transitions", #"{"action":"complete"}"#, as: "director")
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("\"case-not-found\""))
        }
    }

    @Test func theDeputyImportsEventsAndScoresNothingWrittenOnABadRow() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            let bad = try await APICalls.csv(
                client, "/api/events", APICalls.eventsCSV.replacingOccurrences(of: ",1,", with: ",77,"), as: "deputy")
            #expect(bad.status == .badRequest || bad.status == .notFound, "\(bad.text)")
            #expect(bad.text.contains("\"row\""))
            let notCSV = try await APICalls.json(client, "/api/events", "{}", as: "deputy")
            #expect(notCSV.status == .badRequest)
            let good = try await APICalls.csv(client, "/api/events", APICalls.eventsCSV, as: "deputy")
            #expect(good.status == .created)
            #expect(good.text.contains("\"rows\" : 1"))
            let twice = try await APICalls.csv(client, "/api/events", APICalls.eventsCSV, as: "deputy")
            #expect(twice.status.code >= 400 && twice.status.code < 500)
            let score = try await APICalls.get(client, "/api/score?scheme=wulong-monthly&period=2026-10", as: "deputy")
            #expect(score.status == .ok)
            #expect(score.text.contains("\"scheme\" : \"wulong-monthly\""))
            let unknown = try await APICalls.get(client, "/api/score?scheme=nope&period=2026-10", as: "deputy")
            #expect(unknown.status == .notFound)
        }
        #expect(try fixture.hall.events.events().count == 1)
    }

    @Test func onlyTheDirectorMaySeePersonalDataInFull() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            let id = try await APICalls.acceptOne(client)
            let reason = "unmask_reason=%E6%A0%B8%E5%AF%B9%E8%BA%AB%E4%BB%BD"
            for user in ["w01-b1", "deputy"] {
                let refused = try await APICalls.get(client, "/api/cases/\(id)?\(reason)", as: user)
                #expect(refused.status == .forbidden)
                #expect(!refused.text.contains("2023010101"))
            }
            let masked = try await APICalls.get(client, "/api/cases/\(id)", as: "director")
            #expect(!masked.text.contains("2023010101"))
            let full = try await APICalls.get(client, "/api/cases/\(id)?\(reason)", as: "director")
            #expect(full.status == .ok)
            #expect(full.text.contains("2023010101"))
            let blank = try await APICalls.get(client, "/api/cases/\(id)?unmask_reason=%20", as: "director")
            #expect(blank.status == .badRequest)
        }
        #expect(!fixture.logLines.all.contains { $0.contains("2023010101") })
    }

    @Test func sessionCallsMustSendTheFormToken() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var session = try await BrowserSession.signedIn(client, as: "w01-b1")
            let body = ByteBuffer(string: APICalls.acceptBody)
            let forged = try await session.send(
                client, "/api/cases", method: .post, headers: [.contentType: "application/json"], body: body)
            #expect(forged.status == .forbidden)
            #expect(forged.text.contains("\"form-not-from-page\""))
            let wrongToken = try await session.send(
                client, "/api/cases", method: .post,
                headers: [.contentType: "application/json", FormTokenMiddleware.headerName: "forged"], body: body)
            #expect(wrongToken.status == .forbidden)
            let list = try await session.get(client, "/api/cases")
            #expect(list.text == #"{"cases":[]}"# || !list.text.contains("\"id\""))
            let accepted = try await session.send(
                client, "/api/cases", method: .post,
                headers: [.contentType: "application/json", FormTokenMiddleware.headerName: session.formToken],
                body: body)
            #expect(accepted.status == .created)
            #expect(accepted.headers[.location] == "/api/cases/1")
        }
    }

    @Test func otherMethodsAnswer405WithAllow() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            let delete = try await client.execute(uri: "/api/cases", method: .delete)
            #expect(delete.status == .methodNotAllowed)
            #expect(delete.headers[.allow] == "GET, POST")
            #expect(delete.text.contains("\"method-not-allowed\""))
            let put = try await client.execute(uri: "/api/services/student-id-replacement/notice", method: .put)
            #expect(put.status == .methodNotAllowed)
            #expect(put.headers[.allow] == "POST")
        }
    }

    /// Bad input of every call: 400 `bad-request-body` (never 500), and no case written.
    @Test(arguments: APICalls.badInput) func badInputIsRefusedWith400(_ bad: APICalls.Bad) async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var headers: HTTPFields = [.authorization: APICalls.basic("director")]
            if let type = bad.contentType { headers[.contentType] = type }
            let response = try await client.execute(
                uri: bad.uri, method: bad.method, headers: headers, body: bad.body.map { ByteBuffer(string: $0) })
            #expect(response.status == .badRequest, "\(bad.uri) \(bad.body?.prefix(80) ?? ""): \(response.text)")
            #expect(response.text.contains(bad.code), "\(response.text)")
        }
        #expect(try await fixture.hall.caseList.records(.init()).isEmpty)
        #expect(try fixture.hall.events.events().isEmpty)
    }
}

/// Calls the tests share: Basic credentials of the fixture's users, JSON and CSV posts, one
/// accepted case, and the table of bad input.
enum APICalls {
    static func basic(_ name: String, password: String = WebFixture.password) -> String {
        "Basic " + Data("\(name):\(password)".utf8).base64EncodedString()
    }

    static let acceptBody =
        #"{"service":"student-id-replacement","window":1,"student":"2023010101","student_name":"张三"}"#
    static let eventsCSV = """
        date,window,staff,item,count,serious,note,recorded_by
        2026-10-09,1,小王,discipline.late_or_early,2,,巡查,w01-a

        """

    static let staffCalls: [(HTTPRequest.Method, String)] = [
        (.get, "/api/cases"), (.post, "/api/cases"), (.get, "/api/cases/overdue"), (.get, "/api/cases/1"),
        (.post, "/api/cases/1/transitions"), (.post, "/api/events"), (.get, "/api/score?scheme=x&period=2026-10"),
    ]

    static func get(_ client: any TestClientProtocol, _ uri: String, as user: String = "director") async throws
        -> TestResponse
    {
        try await client.execute(uri: uri, method: .get, headers: [.authorization: basic(user)])
    }

    static func json(_ client: any TestClientProtocol, _ uri: String, _ body: String, as user: String? = nil)
        async throws -> TestResponse
    {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let user { headers[.authorization] = basic(user) }
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    static func csv(_ client: any TestClientProtocol, _ uri: String, _ body: String, as user: String) async throws
        -> TestResponse
    {
        try await client.execute(
            uri: uri, method: .post, headers: [.contentType: "text/csv", .authorization: basic(user)],
            body: ByteBuffer(string: body))
    }

    /// Accepts 学生证补办 for student 2023010101 at window 1; returns the case number.
    static func acceptOne(_ client: any TestClientProtocol, as user: String = "director") async throws -> Int {
        let response = try await json(client, "/api/cases", acceptBody, as: user)
        try #require(response.status == .created, "\(response.text)")
        let object = try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any]
        return try #require(object?["id"] as? Int)
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        var method: HTTPRequest.Method
        var uri: String
        var body: String?
        var contentType: String? = "application/json"
        /// The ledger's own code for a CSV it refuses; the API's for everything else.
        var code = "bad-request-body"
        var testDescription: String { "\(method.rawValue) \(uri) \(body?.prefix(40) ?? "")" }
    }

    static let notice = "/api/services/student-id-replacement/notice"
    static let badInput: [Bad] = [
        Bad(method: .get, uri: "/api/route"),
        Bad(method: .get, uri: "/api/route?q=%20%20"),
        Bad(method: .get, uri: "/api/route?q=x&limit=abc"),
        Bad(method: .get, uri: "/api/route?q=x&limit=%2B5"),
        Bad(method: .get, uri: "/api/route?q=x&limit=21"),
        Bad(method: .get, uri: "/api/route?q=x&q=y"),
        Bad(method: .get, uri: "/api/route?q=x&colour=red"),
        Bad(method: .get, uri: "/api/services?window=one"),
        Bad(method: .get, uri: "/api/services/student-id-replacement?x=1"),
        Bad(method: .post, uri: notice, body: "{not json"),
        Bad(method: .post, uri: notice, body: "[]"),
        Bad(method: .post, uri: notice, body: #"{"colour":"red"}"#),
        Bad(method: .post, uri: notice, body: #"{"facts":["x"]}"#),
        Bad(method: .post, uri: notice, body: #"{"facts":{"学生类别":1}}"#),
        Bad(method: .post, uri: notice, body: #"{"have":"written_application"}"#),
        Bad(method: .post, uri: notice, body: #"{"have":null}"#),
        Bad(method: .post, uri: notice, body: #"{"submitted":"tomorrow"}"#),
        Bad(method: .post, uri: notice, body: #"{"submitted":"2026-10-12T25:00"}"#),
        Bad(method: .post, uri: notice, body: "{}", contentType: "text/plain"),
        Bad(method: .post, uri: notice, body: "{}", contentType: nil),
        Bad(method: .post, uri: notice, body: #"{"have":[""# + String(repeating: "x", count: 70_000) + #""]}"#),
        Bad(method: .get, uri: "/api/cases?status=lost"),
        Bad(method: .get, uri: "/api/cases?limit=0"),
        Bad(method: .get, uri: "/api/cases?window=-1"),
        Bad(method: .post, uri: "/api/cases", body: #"{"window":1,"student":"2023010101"}"#),
        Bad(
            method: .post, uri: "/api/cases",
            body: #"{"service":"student-id-replacement","window":"1","student":"2023010101"}"#),
        Bad(
            method: .post, uri: "/api/cases",
            body: #"{"service":"student-id-replacement","window":1.5,"student":"2023010101"}"#),
        Bad(method: .post, uri: "/api/cases", body: #"{"service":"student-id-replacement","window":1,"student":"  "}"#),
        Bad(
            method: .post, uri: "/api/cases",
            body: #"{"service":"student-id-replacement","window":1,"student":"2023010101","post":"C"}"#),
        Bad(
            method: .post, uri: "/api/cases",
            body: #"{"service":"student-id-replacement","window":1,"student":"2023010101","green_channel":"yes"}"#),
        Bad(
            method: .post, uri: "/api/cases",
            body: #"{"service":"student-id-replacement","window":1,"student":"2023010101","by":"director"}"#),
        Bad(method: .get, uri: "/api/cases/overdue?period=2026-13"),
        Bad(method: .get, uri: "/api/cases/overdue?from=2026-1-1"),
        Bad(method: .get, uri: "/api/cases/overdue?period=2026-10&from=2026-10-01"),
        Bad(method: .get, uri: "/api/cases/abc"),
        Bad(method: .get, uri: "/api/cases/0"),
        Bad(method: .post, uri: "/api/cases/1/transitions", body: #"{"action":"fly"}"#),
        Bad(method: .post, uri: "/api/cases/1/transitions", body: #"{"action":"resume","reason":"x"}"#),
        Bad(method: .post, uri: "/api/cases/1/transitions", body: #"{"action":"pause","reason":null}"#),
        Bad(method: .post, uri: "/api/cases/1/transitions", body: #"{"action":"transfer"}"#),
        Bad(method: .post, uri: "/api/cases/1/transitions", body: #"{"action":"refuse"}"#),
        Bad(method: .post, uri: "/api/events", body: eventsCSV, contentType: "application/json"),
        Bad(method: .post, uri: "/api/events?correction=yes", body: eventsCSV, contentType: "text/csv"),
        Bad(
            method: .post, uri: "/api/events", body: "date,window\n2026-10-09", contentType: "text/csv", code: "\"row\""
        ),
        Bad(method: .get, uri: "/api/score?period=2026-10"),
        Bad(method: .get, uri: "/api/score?scheme=wulong-monthly&period=October"),
    ]
}
