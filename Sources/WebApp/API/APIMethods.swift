import Catalog
import HTTPTypes
import Hummingbird

/// An API path called with a method it does not take: 405 with `Allow`, as HTTP asks, rather
/// than the router's 404, which would tell a client the path does not exist.
struct MethodNotAllowed: CodedError {
    var allowed: [HTTPRequest.Method]

    var errorCode: ErrorCode { .methodNotAllowed }
    var message: String {
        "此接口不接受该请求方法；可用：\(allowed.map(\.rawValue).joined(separator: ", "))（见 /api/openapi.yaml）"
    }
    var details: ErrorDetails { ErrorDetails() }
}

extension Router where Context == AppRequestContext {
    /// Methods a client may try on a path (QUERY is the draft safe method with a body).
    private static var triedMethods: [HTTPRequest.Method] {
        [.get, .put, .post, .delete, .patch, .trace, HTTPRequest.Method("QUERY")!]
    }

    /// Answers 405 on `path` for every method but `allowed`, which the group registers itself.
    func refuseOtherMethods(on path: RouterPath, allowed: [HTTPRequest.Method]) {
        let refusal = MethodNotAllowed(allowed: allowed)
        for method in Self.triedMethods where !allowed.contains(method) {
            on(path, method: method) { _, _ in
                var response = ErrorMiddleware.json(refusal, status: .methodNotAllowed)
                response.headers[.allow] = allowed.map(\.rawValue).joined(separator: ", ")
                return response
            }
        }
    }
}
