import Assessment
import Catalog
import Hall
import Hummingbird
import Store

/// The cases under `/api/cases` (clerk and up): list, one case with its trail, the overdue
/// report, accepting a case and moving it on. Shapes are the CLI's JSON (`cases list`, `show`,
/// `overdue`, `accept`, `pause`…); every write records the signed-in user as the actor.
struct APICaseRoutes: RouteGroup {
    let environment: WebEnvironment

    init(environment: WebEnvironment) {
        self.environment = environment
    }

    func register(on router: Router<AppRequestContext>) {
        router.get("/api/cases") { request, context in try await list(request, context) }
        router.post("/api/cases") { request, context in try await accept(request, context) }
        router.get("/api/cases/overdue") { request, context in try await overdue(request, context) }
        router.get("/api/cases/{n}") { request, context in try await show(request, context) }
        router.post("/api/cases/{n}/transitions") { request, context in try await transition(request, context) }
        router.refuseOtherMethods(on: "/api/cases", allowed: [.get, .post])
        router.refuseOtherMethods(on: "/api/cases/overdue", allowed: [.get])
        router.refuseOtherMethods(on: "/api/cases/{n}", allowed: [.get])
        router.refuseOtherMethods(on: "/api/cases/{n}/transitions", allowed: [.post])
    }

    private func list(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let user = try context.require(.clerk)
        let query = try APIQuery(request, allowed: ["window", "status", "limit", APIPersonalData.reasonParameter])
        let status = try query.parsed("status", as: "open、paused、completed 或 refused", matches: { _ in true }) {
            CaseRecord.Status(rawValue: $0)
        }
        let filter = CaseListing.Filter(
            window: try query.integer("window", in: 1...999), status: status,
            limit: try query.integer("limit", in: 1...500) ?? 50)
        let hall = environment.hall
        let records = try await hall.caseList.records(filter)
        let mask = try await APIPersonalData.mask(
            hall, .caseList, subject: filter.subject, user: user, reason: try query.unmaskReason)
        return JSONResponse.body(hall.caseList.list(records, mask: mask).json)
    }

    private func show(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let user = try context.require(.clerk)
        let query = try APIQuery(request, allowed: [APIPersonalData.reasonParameter])
        let id = try Self.caseNumber(context)
        let hall = environment.hall
        let ledger = hall.ledger
        let detail = try await Offload.run { () throws(LedgerError) in try ledger.show(id) }
        let mask = try await APIPersonalData.mask(
            hall, .caseDetail, record: id, user: user, reason: try query.unmaskReason)
        return JSONResponse.body(
            JSONOutput.encode(CaseDetailView(detail, catalog: hall.catalog, mask: mask), snakeCase: true))
    }

    private func overdue(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let user = try context.require(.clerk)
        let query = try APIQuery(
            request, allowed: ["period", "from", "to", "window", APIPersonalData.reasonParameter])
        let period = try query.parsed("period", as: "YYYY-MM、YYYY、YYYY-S1 或 YYYY-S2", matches: APIText.isPeriod) {
            Period($0)
        }
        let from = try query.parsed("from", as: "YYYY-MM-DD", matches: APIText.isDate) { CivilDate($0) }
        let to = try query.parsed("to", as: "YYYY-MM-DD", matches: APIText.isDate) { CivilDate($0) }
        if period != nil, from != nil || to != nil {
            throw WebError.badRequestBody("period 不能与 from、to 同时使用")
        }
        let window = try query.integer("window", in: 1...999)
        let hall = environment.hall
        let span: OverdueSpan =
            period.map { .period($0) } ?? .days(from: from, through: to ?? hall.ledger.clock.now().date)
        let report = try await hall.overdue.report(span, window: window)
        let mask = try await APIPersonalData.mask(
            hall, .overdue, subject: span.subject(window: window), user: user, reason: try query.unmaskReason)
        return JSONResponse.body(hall.overdue.document(report, mask: mask).json)
    }

    private func accept(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let user = try context.require(.clerk)
        _ = try APIQuery(request, allowed: [])
        let body = try await APIJSONBody.read(request, context: context, allowed: APIAcceptance.fields)
        let hall = environment.hall
        let acceptance = try APIAcceptance.request(body, at: hall.ledger.clock.now(), by: user.name)
        let accepted = try await hall.desk.accept(acceptance)
        let mask = try await APIPersonalData.mask(hall, .caseChange, record: accepted.record.id, user: user)
        var response = JSONResponse.body(hall.desk.accepted(accepted, mask: mask).json, status: .created)
        if let id = accepted.record.id { response.headers[.location] = "/api/cases/\(id)" }
        return response
    }

    private func transition(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let user = try context.require(.clerk)
        _ = try APIQuery(request, allowed: [])
        let id = try Self.caseNumber(context)
        let body = try await APIJSONBody.read(request, context: context, allowed: APITransition.fields)
        let hall = environment.hall
        let at = hall.ledger.clock.now()
        switch try APITransition.parse(body) {
        case .step(let step):
            let entry = try await hall.desk.step(step, of: id, at: at, by: user.name)
            return JSONResponse.body(StepDone(entry).json)
        case .transition(let transition):
            let record = try await hall.desk.apply(transition, to: id, at: at, by: user.name)
            let mask = try await APIPersonalData.mask(hall, .caseChange, record: record.id, user: user)
            return JSONResponse.body(hall.desk.changed(record, by: transition, mask: mask).json)
        }
    }

    /// `{n}`: a case number is a positive integer; anything else is a typing mistake (400).
    static func caseNumber(_ context: AppRequestContext) throws -> Int64 {
        let text = try context.parameters.require("n")
        guard APIText.isInteger(text), let id = Int64(text), id > 0 else {
            throw WebError.badRequestBody("办件编号应为正整数，收到“\(text)”")
        }
        return id
    }
}
