import Hall
import Hummingbird
import Store

/// The students' progress look-up (public): `/progress` (the case number and the last four
/// digits of the student number give the status and the due date, nothing else) and the
/// receipt's short link `/p/{code}`, which opens it with the case number filled in.
struct ProgressRoutes: RouteGroup {
    let environment: WebEnvironment

    init(environment: WebEnvironment) {
        self.environment = environment
    }

    func register(on router: Router<AppRequestContext>) {
        router.get("/progress") { request, context in
            let number = request.uri.queryParameters.get("case").flatMap { DeskRoutes.caseNumber(String($0)) }
            return page(ProgressPage(caseNumber: number.map(String.init) ?? ""), context)
        }
        router.post("/progress") { request, context in try await look(request, context) }
        router.get("/p/{code}") { _, context in
            let code = try context.parameters.require("code")
            let link = ReceiptLink(database: environment.hall.ledger.database)
            guard let id = try await link.caseNumber(from: code) else { throw WebError.noSuchPath }
            return Response(status: .seeOther, headers: [.location: "/progress?case=\(id)"])
        }
    }

    private func look(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = FormFields(buffer: try await request.body.collect(upTo: 64 * 1024))
        let typed = form.value("case") ?? ""
        let digits = form.value("digits") ?? ""
        guard let id = DeskRoutes.caseNumber(typed), digits.count == ProgressLookup.digitCount,
            digits.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
        else {
            let failure = "请填写回执上的办件编号（数字）和学号后四位"
            return page(ProgressPage(caseNumber: typed, failure: failure), context, status: .badRequest)
        }
        // Per client, so no one machine tries many digits; and failures per case, so that many
        // machines together cannot try all 10,000 endings of one case's student number.
        let limiter = environment.progressLimiter
        let clientKey = "progress-client:\(context.clientKey)"
        let caseKey = "progress-case:\(id)"
        do {
            try limiter.check(clientKey)
            try limiter.check(caseKey)
        } catch {
            return page(
                ProgressPage(caseNumber: String(id), failure: error.message), context, status: .tooManyRequests)
        }
        limiter.record(clientKey)
        let answer = try await environment.hall.progress.look(caseNumber: id, digits: digits)
        if answer == nil { limiter.record(caseKey) }
        var result = ProgressPage(caseNumber: String(id), answer: answer, notFound: answer == nil)
        if answer != nil, try await environment.hall.ratings.canRate(caseId: id) {
            result.rate = RateForm(
                caseNumber: id, digits: digits, channel: "online", choices: environment.hall.catalog.ratingRules.reasons
            )
        }
        return page(result, context)
    }

    private func page(_ page: ProgressPage, _ context: AppRequestContext, status: HTTPResponse.Status = .ok)
        -> Response
    {
        environment.pages.render("progress", title: "办件进度查询", page: page, context: context, status: status)
    }
}
