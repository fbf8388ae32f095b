import Catalog
import Hall
import Hummingbird
import Notice

/// The public service guide (事务公开, no sign-in): `/` (the hall, its hours, windows and
/// services, with the public search box), `/guide/services/{id}` (a service with the notice a
/// student would get) and its A4 print view, and `/guide/calendar` (the working-day calendar).
struct GuideRoutes: RouteGroup {
    let environment: WebEnvironment

    init(environment: WebEnvironment) {
        self.environment = environment
    }

    func register(on router: Hummingbird.Router<AppRequestContext>) {
        router.get("/") { request, context in
            let hall = environment.hall
            var page = GuidePage(hall.catalog)
            if let question = FormFields(encoded: request.uri.query ?? "").value("q") {
                page.search.query = question
                page.search.show(hall.routing.route(question, limit: DeskRoutes.searchLimit))
            }
            return environment.pages.render("guide", title: "办事指南", page: page, context: context)
        }
        router.get("/guide/services/{id}") { request, context in
            let hall = environment.hall
            let service = try DeskRoutes.service(context, hall)
            let facts = FormFields(encoded: request.uri.query ?? "").dictionary(prefix: "fact")
            var failure: String?
            let notice: Notice
            do {
                notice = try hall.notice.issue(.init(service: service.id, facts: facts))
            } catch let error as NoticeError {
                failure = error.message
                notice = try hall.notice.issue(.init(service: service.id))
            }
            var page = GuideServicePage(service, catalog: hall.catalog, notice: notice, failure: failure)
            page.printHref =
                "/guide/services/\(service.id)/print" + (failure == nil ? request.uri.query.map { "?" + $0 } ?? "" : "")
            return environment.pages.render(
                "guide-service", title: service.name, page: page, context: context,
                status: failure == nil ? .ok : .badRequest)
        }
        router.get("/guide/services/{id}/print") { request, context in
            let hall = environment.hall
            let service = try DeskRoutes.service(context, hall)
            let query = DeskNoticeQuery(FormFields(encoded: request.uri.query ?? ""))
            let notice = try hall.notice.issue(
                .init(service: service.id, facts: query.request(service: service.id).facts))
            let back = "/guide/services/\(service.id)" + (query.fields.isEmpty ? "" : "?" + query.queryString)
            return PageRenderer.html(DeskRoutes.printable(notice.rendered(as: .html), back: back))
        }
        router.get("/guide/calendar") { _, context in
            let hall = environment.hall
            let page = GuideCalendarPage(
                hall.catalog, calendar: hall.ledger.calendar, today: hall.ledger.clock.now().date)
            return environment.pages.render("guide-calendar", title: "工作日日历", page: page, context: context)
        }
    }
}
