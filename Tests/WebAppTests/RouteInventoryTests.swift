import Catalog
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Store
import Testing
import WebApp

/// Every route the router has, asked by the public and by each role with an empty form or body:
/// none answers 500, each refuses the roles below the one it needs, and none refuses the roles
/// that may use it for their role. A route added without its role check fails here.
@Suite struct RouteInventoryTests {
    /// Paths the public may use (the guide, routing, the progress look-up, signing in).
    static let publicPaths: Set<String> = [
        "/", "/guide/services/{id}", "/guide/services/{id}/print", "/guide/calendar", "/progress", "/p/{code}", "/rate",
        "/login", "/logout", "/setup/{token}", "/api/openapi.yaml", "/api/route", "/api/services",
        "/api/services/{id}", "/api/services/{id}/notice", "/vote",
    ]

    /// Routes only the director may use: users, reloading, corrections and personal data in full.
    static let directorRoutes: Set<String> = [
        "GET /users", "POST /users", "POST /status/reload", "POST /assessment", "POST /cases/{n}/unmask",
        "POST /cases", "POST /cases/overdue", "POST /cases/overdue.csv", "POST /ratings/{id}/review",
        "POST /sunshine/opinion",
    ]

    static func minimumRole(_ method: String, _ path: String) -> Role? {
        if publicPaths.contains(path) { return nil }
        if directorRoutes.contains("\(method) \(path)") { return .director }
        if path.hasPrefix("/assessment") || path == "/quality" || path == "/sunshine" || path == "/api/events"
            || path == "/api/score" || path == "/cases/{n}/adjust-fee" || "\(method) \(path)" == "POST /patrols"
        {
            return .deputy
        }
        return .clerk
    }

    @Test func everyRouteRefusesTheRolesBelowItsOwnAndNeverAnswers500() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let hall = fixture.hall
        _ = try await hall.desk.accept(
            AcceptRequest(
                service: "student-id-replacement", window: 1, studentNumber: "2021040123",
                at: CivilDateTime("2026-10-12T08:45")!, by: "w01-b1"))
        let routes = WebRoutes.router(fixture.environment).routes.map { ($0.method.rawValue, $0.path.description) }
        #expect(routes.count > 40, "\(routes.count) routes")
        try await fixture.test { client in
            var sessions: [Role?: BrowserSession] = [nil: BrowserSession()]
            for role in Role.allCases {
                let name = WebFixture.users.first { $0.role == role }!.name
                sessions[role] = try await BrowserSession.signedIn(client, as: name)
            }
            // Other methods answer 405 with `Allow` (APIRouteTests); signing out is tried last by SignInTests.
            for (method, path) in routes where ["GET", "POST"].contains(method) && path != "/logout" {
                let needed = Self.minimumRole(method, path)
                for asker in [nil] + Role.allCases.map(Optional.some) {
                    var session = sessions[asker]!
                    let response = try await Self.ask(client, &session, method: method, path: path)
                    let label = "\(method) \(path) as \(asker?.rawValue ?? "public")"
                    #expect(response.status != .internalServerError, "\(label): \(response.text.prefix(300))")
                    // A method the path does not take says so to everyone, before who asks matters.
                    if response.status == .methodNotAllowed { continue }
                    let refused = Self.refusedForWhoAsks(response)
                    if let needed, asker.map({ $0 < needed }) ?? true {
                        #expect(refused, "\(label) must be refused: \(response.status) \(response.text.prefix(200))")
                    } else {
                        #expect(!refused, "\(label) must be allowed: \(response.status) \(response.text.prefix(200))")
                    }
                }
            }
        }
    }

    /// Refused for who is asking: sent to sign in, 401, or 403 for the role (not for a bad form).
    static func refusedForWhoAsks(_ response: TestResponse) -> Bool {
        if response.status == .seeOther, response.headers[.location]?.hasPrefix("/login") == true { return true }
        if response.status == .unauthorized { return response.text.contains("sign-in-required") }
        return response.status == .forbidden && response.text.contains("role-not-allowed")
    }

    static func ask(_ client: any TestClientProtocol, _ session: inout BrowserSession, method: String, path: String)
        async throws -> TestResponse
    {
        let uri = path.replacingOccurrences(of: "{id}", with: "student-id-replacement")
            .replacingOccurrences(of: "{n}", with: "1").replacingOccurrences(of: "{code}", with: "1-wrongcode")
            .replacingOccurrences(of: "{token}", with: "wrong")
        guard method == "POST" else { return try await session.get(client, uri) }
        if uri.hasPrefix("/api/") {
            return try await session.send(
                client, uri, method: .post,
                headers: [.contentType: "application/json", FormTokenMiddleware.headerName: session.formToken],
                body: ByteBuffer(string: "{}"))
        }
        return try await session.post(client, uri, form: [])
    }
}
