import Catalog
import Hall
import Hummingbird
import Notice

/// The public service guide (事务公开, no sign-in): `/` (the hall, its hours, windows and
/// services), `/guide/services/{id}` (a service with the notice a student would get) and
/// `/guide/calendar` (the working-day calendar).
struct GuideRoutes: RouteGroup {
    let environment: WebEnvironment

    init(environment: WebEnvironment) {
        self.environment = environment
    }

    func register(on router: Hummingbird.Router<AppRequestContext>) {
        router.get("/") { _, context in
            environment.pages.render(
                "guide", title: "办事指南", page: GuidePage(environment.hall.catalog), context: context)
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
            let page = GuideServicePage(service, catalog: hall.catalog, notice: notice, failure: failure)
            return environment.pages.render(
                "guide-service", title: service.name, page: page, context: context,
                status: failure == nil ? .ok : .badRequest)
        }
        router.get("/guide/calendar") { _, context in
            let hall = environment.hall
            let page = GuideCalendarPage(
                hall.catalog, calendar: hall.ledger.calendar, today: hall.ledger.clock.now().date)
            return environment.pages.render("guide-calendar", title: "工作日日历", page: page, context: context)
        }
    }
}
