import Catalog
import Foundation
import Hall
import Hummingbird
import Store

/// `/cases/overdue` and `/cases/overdue.csv`: the overdue report with its filters (a period or
/// first/last day, a window), as a page or as the CLI's CSV. GET shows it masked; the director
/// POSTs the same filters with a reason to see it (or export it) in full.
extension CaseRoutes {
    func registerOverdue(on router: Router<AppRequestContext>) {
        router.get("/cases/overdue") { request, context in
            let user = try context.require(.clerk)
            let filter = CaseOverdueFilter { request.uri.queryParameters.get($0).flatMap(Self.nonBlank) }
            return try await overduePage(filter, user: user, context: context)
        }
        router.post("/cases/overdue") { request, context in
            let user = try context.require(.director)
            let form = try await FormFields.posted(request, context)
            return try await overduePage(
                CaseOverdueFilter(form.value), user: user, context: context, reason: form.value("reason") ?? "")
        }
        router.get("/cases/overdue.csv") { request, context in
            let user = try context.require(.clerk)
            let filter = CaseOverdueFilter { request.uri.queryParameters.get($0).flatMap(Self.nonBlank) }
            return try await overdueCSV(filter, user: user)
        }
        router.post("/cases/overdue.csv") { request, context in
            let user = try context.require(.director)
            let form = try await FormFields.posted(request, context)
            return try await overdueCSV(CaseOverdueFilter(form.value), user: user, reason: form.value("reason") ?? "")
        }
    }

    static func nonBlank(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    private func overduePage(
        _ filter: CaseOverdueFilter, user: SignedInUser, context: AppRequestContext, reason: String? = nil
    ) async throws -> Response {
        let hall = environment.hall
        let windows = hall.catalog.windowsByNumber.map { WindowReference(number: $0.number, name: $0.name) }
        let canUnmask = user.role >= .director
        switch filter.parsed(today: hall.ledger.clock.now().date, catalog: hall.catalog) {
        case .failure(let error):
            let page = CaseOverduePage(
                document: nil, filter: filter, windows: windows, canUnmask: canUnmask, unmasked: false,
                failure: error.message)
            return environment.pages.render(
                "cases-overdue", title: "逾期情况", page: page, context: context, status: .badRequest)
        case .success(let (span, window)):
            let report = try await hall.overdue.report(span, window: window)
            let mask = try await Self.mask(
                hall, .init(view: .overdue, subject: span.subject(window: window), actor: user.name), reason: reason)
            let page = CaseOverduePage(
                document: hall.overdue.document(report, mask: mask), filter: filter, windows: windows,
                canUnmask: canUnmask, unmasked: reason != nil)
            return environment.pages.render("cases-overdue", title: "逾期情况", page: page, context: context)
        }
    }

    private func overdueCSV(_ filter: CaseOverdueFilter, user: SignedInUser, reason: String? = nil) async throws
        -> Response
    {
        let hall = environment.hall
        let (span, window) = try filter.parsed(today: hall.ledger.clock.now().date, catalog: hall.catalog).get()
        let report = try await hall.overdue.report(span, window: window)
        let mask = try await Self.mask(
            hall, .init(view: .overdue, subject: span.subject(window: window), actor: user.name), reason: reason)
        let name = "overdue-\(span.from.map { "\($0)-" } ?? "")\(span.through)\(window.map { "-w\($0)" } ?? "").csv"
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"\(name)\"",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: hall.overdue.document(report, mask: mask).csv)))
    }
}
