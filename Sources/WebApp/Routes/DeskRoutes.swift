import Catalog
import Hall
import Hummingbird
import Notice
import Store

/// The staff desk (clerk and above): `/desk` (routing and case look-up), a service's notice
/// form `/desk/services/{id}`, its A4 print view, and accepting the case, which leads to the
/// receipt `/cases/{n}/receipt` (in `DeskRoutes+Receipt.swift`).
struct DeskRoutes: RouteGroup {
    let environment: WebEnvironment

    init(environment: WebEnvironment) {
        self.environment = environment
    }

    /// The most matches the search shows.
    static let searchLimit = 5

    func register(on router: Hummingbird.Router<AppRequestContext>) {
        router.get("/desk") { request, context in try await desk(request, context) }
        router.get("/desk/services/{id}") { request, context in
            _ = try context.require(.clerk)
            let hall = environment.hall
            let service = try Self.service(context, hall)
            let fields = FormFields(encoded: request.uri.query ?? "")
            // Opened from a logged search: the clerk's choice, for `route misses`.
            if let asked = fields.value("asked").flatMap(Int64.init) {
                await hall.routeLog.choose(question: asked, service: service.id)
            }
            let query = DeskNoticeQuery(fields)
            return servicePage(service, query: query, hall: hall, context: context)
        }
        router.get("/desk/services/{id}/print") { request, context in
            _ = try context.require(.clerk)
            let hall = environment.hall
            let service = try Self.service(context, hall)
            let query = DeskNoticeQuery(FormFields(encoded: request.uri.query ?? ""))
            let notice = try hall.notice.issue(query.request(service: service.id))
            let back = "/desk/services/\(service.id)" + (query.fields.isEmpty ? "" : "?" + query.queryString)
            return PageRenderer.html(Self.printable(notice.rendered(as: .html), back: back))
        }
        router.post("/desk/services/{id}/accept") { request, context in try await accept(request, context) }
        registerReceipt(on: router)
    }

    private func desk(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let user = try context.require(.clerk)
        let hall = environment.hall
        let fields = FormFields(encoded: request.uri.query ?? "")
        var page = DeskPage()
        if let question = fields.value("q") {
            page.query = question
            let asked = await hall.routeLog.ask(question, limit: Self.searchLimit, channel: .desk)
            page.show(asked.result, asked: asked.logged)
        }
        let caseText = fields.value("case")
        let student = fields.value("student")
        guard caseText != nil || student != nil else {
            return environment.pages.render("desk", title: "窗口受理", page: page, context: context)
        }
        page.caseNumber = caseText ?? ""
        page.student = student ?? ""
        let lookup = hall.caseLookup
        let records: [CaseRecord]
        if let caseText {
            guard let id = Self.caseNumber(caseText) else {
                page.lookupFailure = "办件编号应为正整数，如 12 或 #12"
                return environment.pages.render(
                    "desk", title: "窗口受理", page: page, context: context, status: .badRequest)
            }
            records = try await lookup.records(number: id)
        } else {
            records = try await lookup.records(student: student ?? "")
        }
        let mask = try await hall.personalData.mask(
            .init(view: .caseList, subject: "desk lookup", actor: user.name))
        page.show(lookup.list(records, mask: mask))
        return environment.pages.render("desk", title: "窗口受理", page: page, context: context)
    }

    /// The service page for the answers in `query`; answers the catalog does not know are
    /// shown with the notice as it stands without them, so staff see what to correct.
    func servicePage(
        _ service: Service, query: DeskNoticeQuery, hall: HallServices, context: AppRequestContext,
        typed: FormFields = FormFields(), failure: String? = nil, status: HTTPResponse.Status = .ok
    ) -> Response {
        let notice: Notice
        var failure = failure
        var status = status
        var query = query
        do {
            notice = try hall.notice.issue(query.request(service: service.id))
        } catch {
            failure = error.message
            status = .badRequest
            query = DeskNoticeQuery(FormFields())
            // The service's bare notice needs no answers, so it is always issued.
            guard let bare = try? hall.notice.issue(query.request(service: service.id)) else {
                return environment.pages.error(error, status: .badRequest, context: context)
            }
            notice = bare
        }
        let page = DeskServicePage(
            service: service, notice: notice, query: query, catalog: hall.catalog, typed: typed, failure: failure)
        return environment.pages.render(
            "desk-service", title: service.name, page: page, context: context, status: status)
    }

    private func accept(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let user = try context.require(.clerk)
        let hall = environment.hall
        let service = try Self.service(context, hall)
        let form = try await FormFields.posted(request, context)
        let query = DeskNoticeQuery(form)
        func refuse(_ message: String, _ status: HTTPResponse.Status = .badRequest) -> Response {
            servicePage(
                service, query: query, hall: hall, context: context, typed: form, failure: message, status: status)
        }
        let notice: Notice
        do {
            notice = try hall.notice.issue(query.request(service: service.id))
        } catch {
            return refuse(error.message)
        }
        guard let window = form.value("window").flatMap(Int.init) else { return refuse("请选择受理窗口") }
        guard let student = form.value("student") else { return refuse("请填写学生的学号") }
        guard let post = Post(rawValue: form.value("post") ?? Post.b.rawValue) else { return refuse("受理岗位应为 A 或 B") }
        let materials = Dictionary(
            notice.materials.filter { $0.status != .notApplicable }.map { ($0.id, $0.status.rawValue) },
            uniquingKeysWith: { first, _ in first })
        let acceptance: Acceptance
        do {
            acceptance = try await hall.desk.accept(
                AcceptRequest(
                    service: service.id, window: window, studentNumber: student, studentName: form.value("name"),
                    facts: query.facts, materials: materials, post: post, channel: form.value("channel") ?? "",
                    greenChannel: form.value("green_channel") != nil, at: hall.ledger.clock.now(), by: user.name))
        } catch {
            return refuse(error.message, ErrorMiddleware.status(for: error.errorCode.kind))
        }
        let id = acceptance.record.id ?? 0
        let earlier = acceptance.warnings.flatMap { warning in
            switch warning {
            case .sameStudentSameDay(let ids): ids
            }
        }
        let note = earlier.isEmpty ? "" : "?same-day=" + earlier.map(String.init).joined(separator: ",")
        return Response(status: .seeOther, headers: [.location: "/cases/\(id)/receipt\(note)"])
    }

    /// The service named in the path: its id (or a name or alias, as everywhere in the hall).
    static func service(_ context: AppRequestContext, _ hall: HallServices) throws -> Service {
        let id = try context.parameters.require("id")
        return try hall.catalog.names.service(id)
    }

    /// `12` or `#12`.
    static func caseNumber(_ text: String) -> Int64? {
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard let id = Int64(digits), id > 0 else { return nil }
        return id
    }

    /// The notice's own A4 document with a way back that is not printed.
    static func printable(_ html: String, back: String) -> String {
        let bar = """
            <style>@media print { .no-print { display: none !important; } }</style>
            <p class="no-print" style="font-family: sans-serif"><a href="\(back)" id="print-back">← 返回</a> \
            <button type="button" id="print-now" onclick="window.print()">打印</button>（或使用浏览器的打印功能）</p>
            """
        guard let body = html.range(of: "<body>") else { return html }
        return html.replacingCharacters(in: body, with: "<body>\n" + bar.replacingOccurrences(of: "&", with: "&amp;"))
    }
}
