import Catalog
import Hall
import Hummingbird
import Notice

/// The public part of the API, read from the catalog only: routing a student's words, the
/// services by window, one service, and the one-time notice. Shapes are the CLI's JSON
/// (`route`, `services`, `show`, `notice --format json`).
struct APICatalogRoutes: RouteGroup {
    let environment: WebEnvironment

    init(environment: WebEnvironment) {
        self.environment = environment
    }

    func register(on router: Hummingbird.Router<AppRequestContext>) {
        router.get("/api/route") { request, context in
            let query = try APIQuery(request, allowed: ["q", "limit"])
            let question = try query.string("q", required: true) ?? ""
            let limit = try query.integer("limit", in: 1...20) ?? 3
            // Staff's questions (a signed-in desk client) are logged for `route misses`; the
            // public's are not, so an open endpoint cannot fill the database.
            guard context.user != nil else {
                return JSONResponse.body(environment.hall.routing.routeJSON(question, limit: limit))
            }
            return JSONResponse.body(
                await environment.hall.routeLog.ask(question, limit: limit, channel: .api).result.json())
        }
        router.get("/api/services") { request, _ in
            let query = try APIQuery(request, allowed: ["window"])
            let catalog = environment.hall.catalog
            let window = try query.integer("window", in: 1...999)
            if let window { _ = try catalog.names.window(String(window)) }
            return JSONResponse.body(ServicesReport.json(catalog, window: window))
        }
        router.get("/api/services/{id}") { request, context in
            _ = try APIQuery(request, allowed: [])
            let catalog = environment.hall.catalog
            let service = try catalog.names.service(try context.parameters.require("id"))
            return JSONResponse.body(ServiceDetail.json(service, catalog))
        }
        router.post("/api/services/{id}/notice") { request, context in
            _ = try APIQuery(request, allowed: [])
            let body = try await APIJSONBody.read(
                request, context: context, allowed: ["facts", "have", "defects", "submitted"])
            let submitted = try body.string("submitted").map { text throws(WebError) in
                guard APIText.isDateTime(text), let time = CivilDateTime(text) else {
                    throw WebError.badRequestBody("字段 submitted 应写成 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM")
                }
                return time
            }
            let notice = NoticeIssuing.Request(
                service: try context.parameters.require("id"), facts: try body.stringMap("facts"),
                have: try body.strings("have").map(Set.init), defects: try body.stringMap("defects"),
                submitted: submitted)
            return JSONResponse.body(try environment.hall.notice.issue(notice).rendered(as: .json))
        }
        for path in ["/api/route", "/api/services", "/api/services/{id}"] {
            router.refuseOtherMethods(on: RouterPath(path), allowed: [.get])
        }
        router.refuseOtherMethods(on: "/api/services/{id}/notice", allowed: [.post])
    }
}
