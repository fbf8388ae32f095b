import Foundation
import Hall
import Hummingbird
import HummingbirdAuth
import Store

/// Finds who is asking: the session cookie's user, or, for the API, HTTP Basic credentials
/// checked against the users (and throttled like the sign-in form).
public struct SessionMiddleware: RouterMiddleware {
    public typealias Context = AppRequestContext
    public static let cookieName = "onestop_session"

    let sessions: SessionStore
    let accounts: @Sendable () -> UserAccounts
    let signInLimiter: AttemptLimiter

    public init(sessions: SessionStore, accounts: @escaping @Sendable () -> UserAccounts, signInLimiter: AttemptLimiter)
    {
        self.sessions = sessions
        self.accounts = accounts
        self.signInLimiter = signInLimiter
    }

    public func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        if let token = request.cookies[Self.cookieName]?.value, let user = sessions.user(for: token) {
            context.user = user
            context.sessionToken = token
        } else if request.uri.path.hasPrefix("/api/"), let basic = request.headers.basic {
            let key = "basic:\(basic.username)"
            try signInLimiter.check(key)
            let accounts = accounts()
            let username = basic.username
            let password = basic.password
            let user = try await Offload.run { () throws(LedgerError) in
                try accounts.verify(name: username, password: password)
            }
            guard let user else {
                signInLimiter.record(key)
                throw WebError.wrongCredentials
            }
            context.user = user
        }
        return try await next(request, context)
    }
}
