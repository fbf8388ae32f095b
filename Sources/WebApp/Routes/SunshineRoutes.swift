import Assessment
import Catalog
import Hall
import Hummingbird
import Store

/// 阳光窗口: `/vote`, the public ballot (no sign-in; one vote per student number per period,
/// attempts limited per client like the progress look-up), and `/sunshine?period=` for the
/// deputy and director (the standing; the director enters the teachers' and hall's opinions).
struct SunshineRoutes: RouteGroup {
    let environment: WebEnvironment

    init(environment: WebEnvironment) {
        self.environment = environment
    }

    func register(on router: Router<AppRequestContext>) {
        router.get("/vote") { request, context in
            try await ballot(context: context, done: request.uri.queryParameters.get("done") != nil)
        }
        router.post("/vote") { request, context in try await vote(request, context) }
        router.get("/sunshine") { request, context in
            let user = try context.require(.deputy)
            return try await standing(
                period: request.uri.queryParameters.get("period").map { String($0) }, user: user, context: context,
                done: request.uri.queryParameters.get("done").map { _ in "已录入。" })
        }
        router.post("/sunshine/opinion") { request, context in
            let user = try context.require(.director)
            return try await opinion(request, context, user: user)
        }
    }

    private func ballot(
        context: AppRequestContext, done: Bool, window: Int? = nil, failure: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let desk = environment.hall.sunshine
        let scheme = try desk.scheme()
        let period = try desk.currentPeriod()
        let page = VotePage(
            title: scheme.sunshine?.name ?? "阳光窗口", clause: scheme.sunshine?.clause ?? "", period: period.text,
            windows: environment.hall.catalog.windowsByNumber.map {
                .init(number: $0.number, name: $0.name, selected: $0.number == window)
            }, failure: failure, done: done)
        return environment.pages.render("vote", title: "阳光窗口投票", page: page, context: context, status: status)
    }

    private func vote(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = try await FormFields.posted(request, context)
        let window = form.value("window")
        let student = form.value("student") ?? ""
        let chosen = window.flatMap { Int($0) }
        // Every attempt counts: a client cannot try student numbers to learn who has voted.
        let limiter = environment.progressLimiter
        let clientKey = "vote-client:\(context.clientKey)"
        do {
            try limiter.check(clientKey)
        } catch {
            return try await ballot(
                context: context, done: false, window: chosen, failure: error.message, status: .tooManyRequests)
        }
        limiter.record(clientKey)
        guard let window else {
            return try await ballot(
                context: context, done: false, failure: "请选择要投票的窗口", status: .badRequest)
        }
        let hall = environment.hall
        do {
            _ = try await hall.sunshine.vote(
                window: window, studentNumber: student, at: hall.ledger.clock.now(), channel: .online)
        } catch {
            return try await ballot(
                context: context, done: false, window: chosen, failure: error.message,
                status: ErrorMiddleware.status(for: error.code.kind))
        }
        return Response(status: .seeOther, headers: [.location: "/vote?done=1"])
    }

    private func standing(
        period text: String?, user: SignedInUser, context: AppRequestContext, done: String? = nil,
        failure: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let hall = environment.hall
        let desk = hall.sunshine
        let periodText = try text ?? desk.currentPeriod().text
        var page = SunshinePage(
            period: periodText, standing: nil, published: nil, isDirector: user.role >= .director, open: false,
            windows: hall.catalog.windowsByNumber.map { .init(number: $0.number, name: $0.name) }, failure: failure,
            done: done)
        guard let period = Period(periodText) else {
            page.failure = "“\(periodText)”不是有效的期间；请写成 YYYY-MM"
            return environment.pages.render(
                "sunshine", title: "阳光窗口评比", page: page, context: context, status: .badRequest)
        }
        do {
            let result = try await desk.standing(period: period)
            page.standing = result.standing.map(SunshineStandingView.init)
            page.published = result.published
            page.open = result.published == nil
        } catch {
            page.failure = error.message
            return environment.pages.render(
                "sunshine", title: "阳光窗口评比", page: page, context: context,
                status: ErrorMiddleware.status(for: error.code.kind))
        }
        return environment.pages.render("sunshine", title: "阳光窗口评比", page: page, context: context, status: status)
    }

    private func opinion(_ request: Request, _ context: AppRequestContext, user: SignedInUser) async throws
        -> Response
    {
        let form = try await FormFields.posted(request, context)
        let periodText = form.value("period") ?? ""
        let hall = environment.hall
        guard let period = Period(periodText), let source = form.value("source").flatMap(SunshineSource.init),
            let score = form.value("score").flatMap(Double.init), let window = form.value("window")
        else {
            return try await standing(
                period: periodText, user: user, context: context,
                failure: "请填写期间、窗口、来源和 0–100 的意见分", status: .badRequest)
        }
        do {
            _ = try await hall.sunshine.opinion(
                period: period, window: window, source: source, score: score, note: form.value("note"),
                at: hall.ledger.clock.now(), by: user.name)
        } catch {
            return try await standing(
                period: periodText, user: user, context: context, failure: error.message,
                status: ErrorMiddleware.status(for: error.code.kind))
        }
        return Response(status: .seeOther, headers: [.location: "/sunshine?period=\(period.text)&done=1"])
    }
}
