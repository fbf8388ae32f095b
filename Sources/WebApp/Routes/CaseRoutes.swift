import Catalog
import Hall
import Hummingbird
import Store

/// `/cases` (the A-post's queue), `/cases/list`, `/cases/{n}` with its transitions, and
/// `/cases/overdue` with its CSV export; clerk and above. Personal data is masked unless the
/// director gives a reason (a POST with the form token, recorded as a disclosure).
struct CaseRoutes: RouteGroup {
    let environment: WebEnvironment

    init(environment: WebEnvironment) {
        self.environment = environment
    }

    func register(on router: Router<AppRequestContext>) {
        router.get("/cases") { request, context in
            let user = try context.require(.clerk)
            return try await queuePage(request.uri.queryParameters.get("day"), user: user, context: context)
        }
        router.post("/cases") { request, context in
            let user = try context.require(.director)
            let form = try await FormFields.posted(request, context)
            return try await queuePage(
                form.value("day"), user: user, context: context, reason: form.value("reason") ?? "")
        }
        router.get("/cases/list") { request, context in
            let user = try context.require(.clerk)
            return try await listPage(request, user: user, context: context)
        }
        registerOverdue(on: router)
        registerCase(on: router)
        registerFees(on: router)
    }

    /// The queue of `day` (today when absent); `reason` is the director's, to see it in full.
    private func queuePage(
        _ dayText: String?, user: SignedInUser, context: AppRequestContext, reason: String? = nil
    ) async throws -> Response {
        let hall = environment.hall
        let today = hall.ledger.clock.now().date
        var failure: String?
        var day = today
        if let dayText {
            if let parsed = CivilDate(dayText) {
                day = parsed
            } else {
                failure = "日期“\(dayText)”无效，请写成 YYYY-MM-DD；下面是今天的队列"
            }
        }
        let groups = try await hall.caseQueue.records(on: day)
        // A mistyped day shows today's queue masked: nothing is disclosed for a day not asked for.
        let reason = failure == nil ? reason : nil
        let mask = try await Self.mask(
            hall, .init(view: .caseQueue, subject: day.description, actor: user.name), reason: reason)
        let page = CaseQueuePage(
            queue: hall.caseQueue.queue(on: day, groups, mask: mask), day: day.description,
            canUnmask: user.role >= .director && reason == nil, unmasked: reason != nil, failure: failure)
        return environment.pages.render(
            "cases", title: "A岗集中办理队列", page: page, context: context, status: failure == nil ? .ok : .badRequest)
    }

    private func listPage(_ request: Request, user: SignedInUser, context: AppRequestContext) async throws -> Response {
        let hall = environment.hall
        let query = request.uri.queryParameters
        var failure: String?
        var filter = CaseListing.Filter(limit: 100)
        let windowText = query.get("window").flatMap { $0.isEmpty ? nil : $0 }
        if let windowText {
            if let number = Int(windowText), hall.catalog.window(number: number) != nil {
                filter.window = number
            } else {
                failure = "没有“\(windowText)”号窗口"
            }
        }
        let statusText = query.get("status").flatMap { $0.isEmpty ? nil : $0 }
        if let statusText {
            if let status = CaseRecord.Status(rawValue: statusText) {
                filter.status = status
            } else {
                failure = "没有这种办件状态"
            }
        }
        let records = failure == nil ? try await hall.caseList.records(filter) : []
        let mask = try await hall.personalData.mask(.init(view: .caseList, subject: filter.subject, actor: user.name))
        let statuses = [CaseRecord.Status.open, .paused, .completed, .refused].map {
            CaseListPage.Choice(value: $0.rawValue, label: $0.chinese, selected: $0 == filter.status)
        }
        let page = CaseListPage(
            list: hall.caseList.list(records, mask: mask), window: windowText ?? "", statuses: statuses,
            failure: failure)
        return environment.pages.render(
            "cases-list", title: "办件列表", page: page, context: context, status: failure == nil ? .ok : .badRequest)
    }

    /// The mask for a view: masked without a reason; with one (routes that take it require the
    /// director), in full once the ledger has recorded the disclosure. A blank reason is refused.
    static func mask(_ hall: HallServices, _ request: PersonalDataAccess.Request, reason: String?) async throws
        -> PersonalDataMask
    {
        var request = request
        request.unmaskReason = reason
        return try await hall.personalData.mask(request)
    }
}
