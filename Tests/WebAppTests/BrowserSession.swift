import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import WebApp

/// What a browser keeps between requests: its cookies (the form token, the session) and the
/// token its forms send back. `signIn` goes through the real sign-in form.
struct BrowserSession: Sendable {
    var cookies: [String: String] = [:]

    var formToken: String { cookies[FormTokenMiddleware.cookieName] ?? "" }
    var cookieHeader: String {
        cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
    }

    /// A page load; keeps the cookies the response sets.
    @discardableResult
    mutating func get(_ client: any TestClientProtocol, _ uri: String, headers: HTTPFields = [:]) async throws
        -> TestResponse
    {
        try await send(client, uri, method: .get, headers: headers, body: nil)
    }

    /// A form submission, urlencoded, with the form token unless `token` says otherwise.
    @discardableResult
    mutating func post(
        _ client: any TestClientProtocol, _ uri: String, form: [(String, String)], token: String? = nil
    ) async throws -> TestResponse {
        if cookies[FormTokenMiddleware.cookieName] == nil { try await get(client, "/login") }
        let fields = [("_csrf", token ?? formToken)] + form
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(
            client, uri, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: body))
    }

    mutating func send(
        _ client: any TestClientProtocol, _ uri: String, method: HTTPRequest.Method, headers: HTTPFields,
        body: ByteBuffer?
    ) async throws -> TestResponse {
        var headers = headers
        if !cookies.isEmpty { headers[.cookie] = cookieHeader }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        for field in response.headers where field.name == .setCookie {
            let pair = field.value.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let name = String(pair[0])
            if pair[1].isEmpty || field.value.contains("Max-Age=0") {
                cookies[name] = nil
            } else {
                cookies[name] = String(pair[1])
            }
        }
        return response
    }

    /// Signs in through `/login` as `name`.
    static func signedIn(_ client: any TestClientProtocol, as name: String) async throws -> BrowserSession {
        var session = BrowserSession()
        let response = try await session.post(
            client, "/login", form: [("username", name), ("password", WebFixture.password), ("next", "/desk")])
        precondition(response.status == .seeOther, "sign-in as \(name) failed: \(response.status)")
        return session
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
