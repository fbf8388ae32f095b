import Assessment
import Catalog
import Hall
import Hummingbird
import Store

/// 巡查: `/patrols?period=2026-10` lists a period's rounds and every unanswered finding (a clerk
/// sees only the findings of their own windows); the office (deputy and director) records a
/// round there, each finding becoming an assessment event at once (`hall.patrols`, as
/// `onestop patrols record`); a window's staff answer a finding (落实反馈).
struct PatrolRoutes: RouteGroup {
    let environment: WebEnvironment

    init(environment: WebEnvironment) {
        self.environment = environment
    }

    func register(on router: Router<AppRequestContext>) {
        router.get("/patrols") { request, context in
            let user = try context.require(.clerk)
            let query = request.uri.queryParameters
            let period = query.get("period") ?? QualityRoutes.thisMonth(environment.hall)
            var done: String?
            if let id = query.get("done").flatMap({ Int64(String($0)) }) { done = "已登记巡查 #\(id)，发现已记为考核事件。" }
            if let id = query.get("answered").flatMap({ Int64(String($0)) }) { done = "已记录巡查发现 #\(id) 的落实反馈。" }
            return try await page(user: user, period: period, context: context, done: done)
        }
        router.post("/patrols") { request, context in
            let user = try context.require(.deputy)
            return try await record(request, context, user: user)
        }
        router.post("/patrols/findings/{id}/answer") { request, context in
            let user = try context.require(.clerk)
            guard let id = Int64(try context.parameters.require("id")) else { throw WebError.noSuchPath }
            return try await answer(id, request, context, user: user)
        }
    }

    /// The page; `form` and `answerFailure` carry a refused submission back to its fields.
    private func page(
        user: SignedInUser, period text: String, context: AppRequestContext, done: String? = nil,
        form: PatrolForm? = nil, answerFailure: (id: Int64, text: String, message: String)? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let hall = environment.hall
        let desk = hall.patrols
        let period = Period(text)
        let mask = try await hall.personalData.mask(.init(view: .patrols, subject: text, actor: user.name))
        var rounds = desk.list(period == nil ? [] : try await desk.rounds(in: period), mask: mask)
        var unanswered = desk.list(try await desk.unanswered(), mask: mask)
        let own = user.role < .deputy
        if own {
            let windows = hall.catalog.hall?.staffMember(user.name)?.windows ?? []
            rounds = rounds.only(windows: windows)
            unanswered = unanswered.only(windows: windows)
        }
        let recordForm =
            user.role >= .deputy
            ? form
                ?? PatrolForm(
                    catalog: hall.catalog, scheme: PatrolDesk.activeScheme(hall.rules.schemes),
                    now: hall.ledger.clock.now(), user: user.name) : nil
        var page = PatrolsPage(
            period: text, rounds: rounds, unanswered: unanswered, ownWindowsOnly: own, form: recordForm,
            answerFailure: answerFailure)
        page.done = done
        var status = status
        if period == nil {
            page.periodError = "“\(text)”不是有效的期间；请写成 YYYY-MM、YYYY、YYYY-S1 或 YYYY-S2"
            if status == .ok { status = .badRequest }
        }
        return environment.pages.render("patrols", title: "巡查", page: page, context: context, status: status)
    }

    private func record(_ request: Request, _ context: AppRequestContext, user: SignedInUser) async throws -> Response {
        let fields = try await FormFields.posted(request, context)
        let hall = environment.hall
        let posted = PatrolForm.Posted(fields)
        let period = fields.value("period").flatMap { Period($0)?.text } ?? QualityRoutes.thisMonth(hall)
        let scheme = PatrolDesk.activeScheme(hall.rules.schemes)
        var form = PatrolForm(catalog: hall.catalog, scheme: scheme, posted: posted)
        let at = CivilDateTime(posted.at)
        if at == nil { form.atError = "请填写巡查时间，如 2026-10-12T09:30" }
        if posted.patrollers.isEmpty { form.patrollersError = "请选择巡查人（1-2 人）" }
        if posted.windows.isEmpty { form.windowsError = "请勾选巡查的窗口" }
        let items = SchemeNames(scheme.map { [$0] } ?? []).itemResolver
        for (index, finding) in posted.findings.enumerated() {
            if finding.window.isEmpty {
                form.rows[index].error = "请选择发现问题的窗口"
            } else if !posted.windows.contains(finding.window) {
                form.rows[index].error = "\(finding.window) 号窗口不在本次巡查的窗口中；请先勾选它"
            } else if finding.item.isEmpty {
                form.rows[index].error = "请选择考核项目"
            } else {
                do throws(ResolutionError) {
                    _ = try items.require(finding.item)
                } catch {
                    form.rows[index].error = "考核项目“\(finding.item)”：\(LedgerError(error).message)"
                }
            }
        }
        let refused =
            form.atError != nil || form.patrollersError != nil || form.windowsError != nil
            || form.rows.contains { $0.error != nil }
        guard let at, !refused else {
            form.failure = "未登记：请按提示修改后再提交"
            return try await page(user: user, period: period, context: context, form: form, status: .badRequest)
        }
        let patrol = PatrolRequest(
            at: at, patrollers: posted.patrollers, windows: posted.windows,
            findings: posted.findings.map {
                .init(
                    window: $0.window, item: $0.item, staff: $0.staff.isEmpty ? nil : $0.staff,
                    note: $0.note.isEmpty ? nil : $0.note, serious: $0.serious)
            }, by: user.name)
        let round: PatrolRound
        do {
            round = try await hall.patrols.record(patrol)
        } catch {
            form.failure = error.message
            return try await page(
                user: user, period: period, context: context, form: form,
                status: ErrorMiddleware.status(for: error.code.kind))
        }
        let month = Period.YearMonth(year: at.date.year, month: at.date.month).description
        return Response(
            status: .seeOther, headers: [.location: "/patrols?period=\(month)&done=\(round.patrol.id ?? 0)"])
    }

    private func answer(_ id: Int64, _ request: Request, _ context: AppRequestContext, user: SignedInUser)
        async throws -> Response
    {
        let fields = try await FormFields.posted(request, context)
        let hall = environment.hall
        let period = fields.value("period").flatMap { Period($0)?.text } ?? QualityRoutes.thisMonth(hall)
        let text = fields.value("answer") ?? ""
        do {
            _ = try await hall.patrols.answer(finding: id, answer: text, at: hall.ledger.clock.now(), by: user.name)
        } catch {
            return try await page(
                user: user, period: period, context: context, answerFailure: (id, text, error.message),
                status: ErrorMiddleware.status(for: error.code.kind))
        }
        return Response(status: .seeOther, headers: [.location: "/patrols?period=\(period)&answered=\(id)"])
    }
}
