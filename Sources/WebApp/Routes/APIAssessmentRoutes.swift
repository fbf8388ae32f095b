import Assessment
import Catalog
import Foundation
import Hall
import Hummingbird
import Store

/// Assessment under `/api/` (deputy and up): importing an events CSV, with the CLI's
/// validation (nothing written when any row is wrong), and a scheme's ranking for a period.
struct APIAssessmentRoutes: RouteGroup {
    let environment: WebEnvironment

    init(environment: WebEnvironment) {
        self.environment = environment
    }

    func register(on router: Router<AppRequestContext>) {
        router.post("/api/events") { request, context in try await importEvents(request, context) }
        router.get("/api/score") { request, context in try await score(request, context) }
        router.refuseOtherMethods(on: "/api/events", allowed: [.post])
        router.refuseOtherMethods(on: "/api/score", allowed: [.get])
    }

    private func importEvents(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let user = try context.require(.deputy)
        let query = try APIQuery(request, allowed: ["allow_duplicates", "correction"])
        let allowing = EventRecording.Allowance(
            duplicates: try query.bool("allow_duplicates"), correction: try query.bool("correction"))
        let type = request.headers[.contentType]?.lowercased() ?? ""
        guard type.hasPrefix("text/csv") else { throw WebError.badRequestBody("请以 text/csv 发送事件 CSV") }
        let data = try await APIRequestBytes.collect(request, upTo: context.maxUploadSize)
        let hall = environment.hall
        // The ledger reads the format from the name: the body is always CSV.
        let summary = try await hall.events.run(
            data: data, file: "events.csv", at: hall.ledger.clock.now(), by: user.name, allowing: allowing)
        return JSONResponse.body(summary.json, status: .created)
    }

    private func score(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let user = try context.require(.deputy)
        let query = try APIQuery(request, allowed: ["scheme", "period", APIPersonalData.reasonParameter])
        let scheme = try query.string("scheme", required: true) ?? ""
        guard
            let period = try query.parsed(
                "period", as: "YYYY-MM、YYYY、YYYY-S1 或 YYYY-S2", matches: APIText.isPeriod, { Period($0) })
        else {
            throw WebError.badRequestBody("缺少查询参数 period")
        }
        let hall = environment.hall
        let scored = try await hall.scoring.preview(
            .init(scheme: scheme, period: period, action: .score), at: hall.ledger.clock.now())
        let mask = try await APIPersonalData.mask(
            hall, .score, subject: "\(scheme) \(period)", user: user, reason: try query.unmaskReason)
        return JSONResponse.body(scored.masked(by: mask).rendered(as: .json))
    }
}
