import Catalog
import Hall
import Hummingbird
import Store

/// 好差评: the public rate form (from `/progress` after the digits check, and a window's device
/// page `/rate?window=N`), and `/ratings` for staff (clerk and above: the list and the follow-up
/// of bad ratings; the director also sees which case and reviews appeals).
struct RatingRoutes: RouteGroup {
    let environment: WebEnvironment

    init(environment: WebEnvironment) {
        self.environment = environment
    }

    func register(on router: Router<AppRequestContext>) {
        router.get("/rate") { request, context in
            let window = request.uri.queryParameters.get("window").flatMap { Int(String($0)) }
            return try await device(
                window: window, context: context, done: request.uri.queryParameters.get("done") != nil)
        }
        router.post("/rate") { request, context in try await rate(request, context) }
        router.get("/ratings") { request, context in
            let user = try context.require(.clerk)
            return try await ratingsPage(
                user: user, context: context, done: request.uri.queryParameters.get("done").map { String($0) })
        }
        router.post("/ratings/{id}/follow-up") { request, context in
            let user = try context.require(.clerk)
            return try await followUp(request, context, user: user, review: false)
        }
        router.post("/ratings/{id}/review") { request, context in
            let user = try context.require(.director)
            return try await followUp(request, context, user: user, review: true)
        }
    }

    private func device(
        window: Int?, context: AppRequestContext, done: Bool, failure: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let hall = environment.hall
        guard let window, hall.catalog.window(number: window) != nil else {
            let page = RateDevicePage(
                window: "", cases: [], hasCases: false, failure: "请在地址中写明窗口号，如 /rate?window=1", done: false)
            return environment.pages.render("rate", title: "办事评价", page: page, context: context, status: .badRequest)
        }
        let cases = try await hall.ratings.device(window: window, today: hall.ledger.clock.now().date)
        let page = RateDevicePage(
            window: String(window), cases: cases, hasCases: !cases.isEmpty, failure: failure, done: done)
        return environment.pages.render("rate", title: "办事评价", page: page, context: context, status: status)
    }

    private func rate(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = FormFields(buffer: try await request.body.collect(upTo: 64 * 1024))
        let typed = form.value("case") ?? ""
        let digits = form.value("digits") ?? ""
        let level = form.value("level") ?? ""
        let reasons = form.values("reason")
        let device = form.value("window").flatMap { Int($0) }
        let online = form.value("channel") == "online" && device == nil
        // The same limits as the progress look-up: the digits are tried here too.
        let limiter = environment.progressLimiter
        let clientKey = "progress-client:\(context.clientKey)"
        guard let id = DeskRoutes.caseNumber(typed) else {
            return try await refused(
                "请填写回执上的办件编号（数字）和学号后四位", device: device, id: nil, digits: digits, level: level,
                reasons: reasons, context, status: .badRequest)
        }
        let caseKey = "progress-case:\(id)"
        do {
            try limiter.check(clientKey)
            try limiter.check(caseKey)
        } catch {
            return try await refused(
                error.message, device: device, id: id, digits: digits, level: level, reasons: reasons, context,
                status: .tooManyRequests)
        }
        limiter.record(clientKey)
        let hall = environment.hall
        let rating: RatingRecord
        do {
            rating = try await hall.ratings.rate(
                RatingRequest(
                    caseId: id, digits: digits, level: level, reasons: reasons, comment: form.value("comment"),
                    channel: online ? .online : .onSite, at: hall.ledger.clock.now()))
        } catch {
            if error.code == .caseNotRateable { limiter.record(caseKey) }
            return try await refused(
                error.message, device: device, id: id, digits: digits, level: level, reasons: reasons, context,
                status: ErrorMiddleware.status(for: error.code.kind))
        }
        if let device { return Response(status: .seeOther, headers: [.location: "/rate?window=\(device)&done=1"]) }
        let page = RateDonePage(levelText: rating.level.chinese, followUp: rating.level.isBad, backToDevice: nil)
        return environment.pages.render("rate-done", title: "办事评价", page: page, context: context)
    }

    private func refused(
        _ message: String, device: Int?, id: Int64?, digits: String, level: String, reasons: [String],
        _ context: AppRequestContext, status: HTTPResponse.Status
    ) async throws -> Response {
        if let device {
            return try await self.device(
                window: device, context: context, done: false, failure: message, status: status)
        }
        var page = ProgressPage(caseNumber: id.map(String.init) ?? "")
        var form = RateForm(
            caseNumber: id ?? 0, digits: digits, channel: "online", level: level, reasons: reasons,
            choices: environment.hall.catalog.ratingRules.reasons)
        form.failure = message
        page.rate = id == nil ? nil : form
        page.failure = id == nil ? message : nil
        return environment.pages.render("progress", title: "办件进度查询", page: page, context: context, status: status)
    }

    private func ratingsPage(
        user: SignedInUser, context: AppRequestContext, done: String?, failure: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let hall = environment.hall
        let today = hall.ledger.clock.now().date
        let director = user.role >= .director
        let list = try await hall.ratings.list(showsWho: director, today: today)
        let rules = hall.catalog.ratingRules
        let unrated = try await hall.ratings.unrated(days: rules.unratedReminderDays, today: today)
        var page = RatingsPage(
            ratings: list.ratings, hasRatings: !list.ratings.isEmpty, showsWho: director, isDirector: director,
            unrated: unrated.cases, unratedDays: unrated.days, failure: failure,
            done: done.map { _ in "已记录。" })
        page.unratedPending = rules.assumed.contains("unrated_reminder") ? "（天数待确认）" : ""
        page.duePending = rules.assumed.marked(["callback", "rectification"]).isEmpty ? "" : "（期限天数待确认）"
        return environment.pages.render("ratings", title: "好差评", page: page, context: context, status: status)
    }

    private func followUp(_ request: Request, _ context: AppRequestContext, user: SignedInUser, review: Bool)
        async throws -> Response
    {
        let idText = try context.parameters.require("id")
        guard let id = Int64(idText) else { throw WebError.noSuchPath }
        let form = FormFields(buffer: try await request.body.collect(upTo: 64 * 1024))
        let note = form.value("note") ?? ""
        let hall = environment.hall
        let kind: RatingFollowUpRecord.Kind?
        let decision: RatingFollowUpRecord.Decision?
        if review {
            kind = .review
            decision = form.value("decision").flatMap(RatingFollowUpRecord.Decision.init(rawValue:))
        } else {
            kind = form.value("step").flatMap(RatingFollowUpRecord.Kind.init(rawValue:)).flatMap {
                $0 == .review ? nil : $0
            }
            decision = nil
        }
        guard let kind, !review || decision != nil else {
            return try await ratingsPage(
                user: user, context: context, done: nil,
                failure: review ? "请选择复核结论：申诉成立或申诉不成立" : "请选择回访、整改或申诉", status: .badRequest)
        }
        do {
            _ = try await hall.ratings.followUp(
                rating: id, kind: kind, decision: decision, note: note, at: hall.ledger.clock.now(), by: user.name)
        } catch {
            return try await ratingsPage(
                user: user, context: context, done: nil, failure: error.message,
                status: ErrorMiddleware.status(for: error.code.kind))
        }
        return Response(status: .seeOther, headers: [.location: "/ratings?done=\(kind.rawValue)"])
    }
}
