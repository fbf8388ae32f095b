import Catalog
import Hall
import Hummingbird
import Store

/// `/users`: the director lists the web app's users and adds one (the same as
/// `onestop users add`), recorded with who added it.
struct UserRoutes: RouteGroup {
    let environment: WebEnvironment

    init(environment: WebEnvironment) {
        self.environment = environment
    }

    func register(on router: Router<AppRequestContext>) {
        router.get("/users") { _, context in
            _ = try context.require(.director)
            return try await page(context)
        }
        router.post("/users") { request, context in
            let director = try context.require(.director)
            let form = try await FormFields.posted(request, context)
            guard let name = form.value("username"), let role = form.value("role").flatMap(Role.init(rawValue:)) else {
                return try await page(context, failure: "请填写用户名并选择角色（专员、副主任或主任）", status: .badRequest)
            }
            let password = form.untrimmed("password") ?? ""
            let accounts = environment.accounts
            let now = environment.hall.ledger.clock.now()
            do {
                try await Offload.run { () throws in
                    try accounts.add(name: name, role: role, password: password, by: director.name, at: now)
                }
            } catch let error as any CodedError {
                return try await page(
                    context, failure: error.message, status: ErrorMiddleware.status(for: error.errorCode.kind))
            }
            return Response(status: .seeOther, headers: [.location: "/users"])
        }
    }

    private func page(_ context: AppRequestContext, failure: String? = nil, status: HTTPResponse.Status = .ok)
        async throws -> Response
    {
        let accounts = environment.accounts
        let users = try await Offload.run { () throws(LedgerError) in try accounts.list() }
        let roles = Role.allCases.map { RoleChoice(value: $0.rawValue, label: $0.chineseName) }
        return environment.pages.render(
            "users", title: "用户管理", page: UsersPage(users: users, roles: roles, failure: failure), context: context,
            status: status)
    }
}

struct UsersPage {
    var users: [UserAccounts.Listed]
    var roles: [RoleChoice]
    var failure: String?
}

struct RoleChoice {
    var value: String
    var label: String
}
