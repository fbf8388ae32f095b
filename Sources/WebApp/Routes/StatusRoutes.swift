import Catalog
import Hall
import Hummingbird

/// `/status` (anyone signed in): the catalog and rules being served, their diagnostics, the
/// assumed values still to confirm, the calendar's years and the last reload.
/// `POST /status/reload` (director): reads `catalog/` and `rules/` again; a catalog with
/// errors is refused, its diagnostics shown, and the previous one keeps serving.
struct StatusRoutes: RouteGroup {
    let environment: WebEnvironment

    init(environment: WebEnvironment) {
        self.environment = environment
    }

    func register(on router: Router<AppRequestContext>) {
        router.get("/status") { _, context in
            let user = try context.require(.clerk)
            return await page(user: user, context: context)
        }
        router.post("/status/reload") { _, context in
            let user = try context.require(.director)
            let holder = environment.holder
            // Reading and checking the files is blocking work: off the request's thread.
            let outcome = await Offload.run { holder.reload() }
            guard outcome.failure == nil else {
                environment.log("catalog reload by \(user.name) refused; the previous catalog keeps serving")
                return await page(user: user, context: context, refused: outcome, status: .conflict)
            }
            environment.log("catalog reloaded by \(user.name)")
            return Response(status: .seeOther, headers: [.location: "/status"])
        }
    }

    private func page(
        user: SignedInUser, context: AppRequestContext, refused: HallHolder.ReloadOutcome? = nil,
        status: HTTPResponse.Status = .ok
    ) async -> Response {
        let hall = environment.hall
        let report = await Offload.run { hall.check.report(clock: { _ in hall.ledger.clock }, strict: false) }
        var page = StatusPage(
            hall: hall, report: report, lastReload: environment.holder.lastReload, isDirector: user.role >= .director)
        page.refused = refused.map(StatusPage.reload)
        return environment.pages.render("status", title: "目录状态", page: page, context: context, status: status)
    }
}
