import HTTPTypes
import Hummingbird
import NIOCore

/// CSRF protection by a token in a cookie that every form sends back as `_csrf` (the
/// double-submit pattern): another site can make the browser post a form, but cannot read
/// the cookie to put the token in it. The cookie is SameSite=Strict as well. The API takes
/// the token in `X-CSRF-Token` when it is called with the session cookie; a call with HTTP
/// Basic credentials or none carries no ambient authority, so it needs no token.
public struct FormTokenMiddleware: RouterMiddleware {
    public typealias Context = AppRequestContext
    public static let cookieName = "onestop_csrf"
    public static let fieldName = "_csrf"
    public static let headerName = HTTPField.Name("X-CSRF-Token")!

    let secureCookies: Bool

    public init(secureCookies: Bool) {
        self.secureCookies = secureCookies
    }

    public func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        var request = request
        let existing = request.cookies[Self.cookieName]?.value
        // The JSON API renders no forms: minting a token from the system's random source and
        // sending its cookie on every call was wasted work, and a client without cookies got a
        // new cookie with every answer.
        let rendersForms = !request.uri.path.hasPrefix("/api/")
        context.formToken = existing ?? (rendersForms ? RandomToken.make() : "")
        if ![.get, .head, .options].contains(request.method) {
            let sent = try await Self.sentToken(&request, context: context)
            let needsToken = rendersForms || request.cookies[SessionMiddleware.cookieName] != nil
            if needsToken, existing == nil || sent != existing { throw WebError.formNotFromPage }
        }
        var response = try await next(request, context)
        if existing == nil, rendersForms {
            response.setCookie(
                Cookie(
                    name: Self.cookieName, value: context.formToken, path: "/", secure: secureCookies,
                    httpOnly: true, sameSite: .strict))
        }
        return response
    }

    /// The token from the header, the query (a file upload's form action), or a urlencoded body,
    /// which is read here and handed on unchanged.
    private static func sentToken(_ request: inout Request, context: AppRequestContext) async throws -> String? {
        if let header = request.headers[headerName] { return header }
        if let query = request.uri.queryParameters.get(fieldName) { return query }
        guard request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true else {
            return nil
        }
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        request.body = RequestBody(buffer: body)
        return FormFields(buffer: body).value(fieldName)
    }
}
