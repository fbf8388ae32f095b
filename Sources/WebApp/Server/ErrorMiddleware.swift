import Catalog
import Foundation
import Hummingbird

/// Turns every refusal into what the asker reads: for the API, the command line's JSON error
/// (`{"error":{…}}`) with the status its kind maps to; for a page, the page with the Chinese
/// message and the code; sign-in required sends a page to /login and back. Anything else is a
/// bug: it is logged by type, never by value, and answered 500 without details.
public struct ErrorMiddleware: RouterMiddleware {
    public typealias Context = AppRequestContext
    let pages: PageRenderer
    let log: @Sendable (String) -> Void

    public init(pages: PageRenderer, log: @escaping @Sendable (String) -> Void) {
        self.pages = pages
        self.log = log
    }

    public static func status(for kind: ErrorKind) -> HTTPResponse.Status {
        switch kind {
        case .notFound: .notFound
        case .invalidInput: .badRequest
        case .refused: .conflict
        case .unavailable: .serviceUnavailable
        case .unauthorized: .unauthorized
        case .forbidden: .forbidden
        case .throttled: .tooManyRequests
        }
    }

    public func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        let isAPI = request.uri.path.hasPrefix("/api/")
        do {
            return try await next(request, context)
        } catch let error as any CodedError {
            if isAPI { return Self.json(error) }
            if error.errorCode == .signInRequired, request.method == .get {
                let next = request.uri.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"
                return Response(status: .seeOther, headers: [.location: "/login?next=\(next)"])
            }
            return pages.error(error, status: Self.status(for: error.errorCode.kind), context: context)
        } catch let error as HTTPError {
            if isAPI {
                let refusal = error.status == .notFound ? WebError.noSuchPath : .badRequestBody(error.body ?? "")
                return Self.json(refusal, status: error.status)
            }
            if error.status == .notFound { return pages.notFound(context: context) }
            throw error
        } catch {
            log("unexpected error \(type(of: error)) on \(request.method.rawValue) \(request.uri.path)")
            if isAPI {
                return Self.json(WebError.badRequestBody("服务器内部错误"), status: .internalServerError)
            }
            return pages.failure(context: context)
        }
    }

    public static func json(_ error: any CodedError, status: HTTPResponse.Status? = nil) -> Response {
        var response = JSONResponse.make(ErrorEnvelope(error), status: status ?? Self.status(for: error.errorCode.kind))
        if error.errorCode == .signInRequired || error.errorCode == .wrongCredentials {
            response.headers[.wwwAuthenticate] = "Basic realm=\"onestop\", charset=\"UTF-8\""
        }
        return response
    }
}
