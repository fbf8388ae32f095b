import Catalog
import Foundation
import Hall
import Hummingbird
import Store

/// `/login` (a form with `username` and `password`), `/logout`, and `/setup/{token}`, the
/// one-time link that creates the first director.
struct SignInRoutes: RouteGroup {
    let environment: WebEnvironment

    init(environment: WebEnvironment) {
        self.environment = environment
    }

    func register(on router: Router<AppRequestContext>) {
        router.get("/login") { request, context in
            environment.pages.render(
                "login", title: "工作人员登录",
                page: SignInPage(next: Self.safeNext(request.uri.queryParameters.get("next"))),
                context: context)
        }
        router.post("/login") { request, context in try await signIn(request, context) }
        router.post("/logout") { _, context in
            if let token = context.sessionToken { environment.sessions.end(token) }
            var response = Response(status: .seeOther, headers: [.location: "/"])
            response.setCookie(Self.sessionCookie("", secure: environment.secureCookies, maxAge: 0))
            return response
        }
        router.get("/setup/{token}") { _, context in
            let token = try context.parameters.require("token")
            guard environment.setup.isValid(token) else { throw WebError.setupLinkInvalid }
            return environment.pages.render("setup", title: "创建首位主任账号", page: SetupPage(token: token), context: context)
        }
        router.post("/setup/{token}") { request, context in try await createDirector(request, context) }
    }

    private func signIn(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = try await FormFields.posted(request, context)
        let next = Self.safeNext(form.value("next"))
        guard let name = form.value("username"),
            let password = form.untrimmed("password"),
            !password.isEmpty
        else {
            return environment.pages.render(
                "login", title: "工作人员登录", page: SignInPage(next: next, failure: "请填写用户名和密码"), context: context,
                status: .badRequest)
        }
        // Per user name and per client, so neither one name nor one machine can try many passwords.
        let keys = ["user:\(name)", "client:\(context.clientKey)"]
        do {
            for key in keys { try environment.signInLimiter.check(key) }
        } catch {
            return environment.pages.render(
                "login", title: "工作人员登录", page: SignInPage(next: next, failure: error.message), context: context,
                status: .tooManyRequests)
        }
        let accounts = environment.accounts
        let user = try await Offload.run { () throws(LedgerError) in try accounts.verify(name: name, password: password)
        }
        guard let user else {
            for key in keys { environment.signInLimiter.record(key) }
            return environment.pages.render(
                "login", title: "工作人员登录", page: SignInPage(next: next, failure: WebError.wrongCredentials.message),
                context: context, status: .unauthorized)
        }
        environment.signInLimiter.clear("user:\(name)")
        let token = environment.sessions.start(user)
        var response = Response(status: .seeOther, headers: [.location: next])
        response.setCookie(Self.sessionCookie(token, secure: environment.secureCookies))
        return response
    }

    private func createDirector(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        guard environment.setup.isValid(token) else { throw WebError.setupLinkInvalid }
        let form = try await FormFields.posted(request, context)
        let name = form.value("username") ?? ""
        let password = form.untrimmed("password") ?? ""
        let accounts = environment.accounts
        let now = environment.hall.ledger.clock.now()
        do {
            try await Offload.run { () throws in
                try accounts.add(name: name, role: .director, password: password, by: "setup-link", at: now)
            }
        } catch let error as any CodedError {
            return environment.pages.render(
                "setup", title: "创建首位主任账号", page: SetupPage(token: token, failure: error.message), context: context,
                status: .badRequest)
        }
        guard environment.setup.consume(token) else { throw WebError.setupLinkInvalid }
        environment.log("first director created through the setup link")
        return Response(status: .seeOther, headers: [.location: "/login"])
    }

    static func sessionCookie(_ token: String, secure: Bool, maxAge: Int? = nil) -> Cookie {
        Cookie(
            name: SessionMiddleware.cookieName, value: token, maxAge: maxAge, path: "/", secure: secure,
            httpOnly: true, sameSite: .strict)
    }

    /// Only a path on this server, never another site (`//evil.example`).
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return "/desk" }
        return next
    }
}

struct SignInPage {
    var next: String
    var failure: String?
}

struct SetupPage {
    var token: String
    var failure: String?
}
