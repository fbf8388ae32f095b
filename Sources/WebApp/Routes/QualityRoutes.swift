import Assessment
import Hall
import Hummingbird

/// `/quality?period=2026-10` (deputy and director): each window's 按时办结率, 办事准确率 and 满意率
/// against the hall's targets, shortfalls in red, bars per window and the hall's trend, all
/// drawn on the server (`hall.quality`, as `onestop quality`). Without a period: this month.
struct QualityRoutes: RouteGroup {
    let environment: WebEnvironment

    init(environment: WebEnvironment) {
        self.environment = environment
    }

    func register(on router: Router<AppRequestContext>) {
        router.get("/quality") { request, context in
            _ = try context.require(.deputy)
            let hall = environment.hall
            let text = request.uri.queryParameters.get("period") ?? Self.thisMonth(hall)
            guard let period = Period(text) else {
                let page = QualityPage(period: text, error: "“\(text)”不是有效的期间；请写成 YYYY-MM、YYYY、YYYY-S1 或 YYYY-S2")
                return environment.pages.render(
                    "quality", title: "服务质量报告", page: page, context: context, status: .badRequest)
            }
            let report = try await hall.quality.report(period)
            return environment.pages.render(
                "quality", title: "服务质量报告", page: QualityPage(report), context: context, status: .ok)
        }
    }

    static func thisMonth(_ hall: HallServices) -> String {
        let today = hall.ledger.clock.now().date
        return Period.YearMonth(year: today.year, month: today.month).description
    }
}
