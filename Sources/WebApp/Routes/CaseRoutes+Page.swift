import Catalog
import Hall
import Hummingbird
import Store

/// `/cases/{n}` and its forms: pause, resume, complete, refuse, transfer, a step; each write is
/// the desk's operation at the hall's now, by the signed-in user. A refused form re-renders the
/// page with the ledger's message and the status of its kind.
extension CaseRoutes {
    func registerCase(on router: Router<AppRequestContext>) {
        router.get("/cases/{n}") { request, context in
            let user = try context.require(.clerk)
            let message = CasePage.doneMessage(request.uri.queryParameters.get("done"))
            return try await casePage(try Self.caseNumber(context), user: user, context: context, message: message)
        }
        router.post("/cases/{n}/unmask") { request, context in
            let user = try context.require(.director)
            let form = try await FormFields.posted(request, context)
            return try await casePage(
                try Self.caseNumber(context), user: user, context: context, reason: form.value("reason") ?? "")
        }
        for action in ["pause", "resume", "complete", "refuse", "transfer", "step"] {
            router.post("/cases/{n}/\(action)") { request, context in
                let user = try context.require(.clerk)
                let number = try Self.caseNumber(context)
                let form = try await FormFields.posted(request, context)
                return try await perform(action, form: form, on: number, user: user, context: context)
            }
        }
    }

    /// The case number of the path; anything else is no case at all.
    static func caseNumber(_ context: AppRequestContext) throws -> Int64 {
        let text = try context.parameters.require("n")
        guard let number = Int64(text), number > 0 else {
            throw LedgerError("没有编号为\(QuotedText.quoted(text, limit: 20))的办件", code: .caseNotFound)
        }
        return number
    }

    private func perform(
        _ action: String, form: FormFields, on number: Int64, user: SignedInUser, context: AppRequestContext
    ) async throws -> Response {
        let hall = environment.hall
        let now = hall.ledger.clock.now()
        do {
            if action == "step" {
                guard let step = form.value("step") else { throw WebError.badRequestBody("请选择办理环节") }
                _ = try await hall.desk.step(step, of: number, at: now, by: user.name)
            } else {
                _ = try await hall.desk.apply(try Self.transition(action, form), to: number, at: now, by: user.name)
            }
        } catch let error as any CodedError {
            // No such case: the error page; any other refusal: the case page with its message.
            if error.errorCode == .caseNotFound { throw error }
            return try await casePage(
                number, user: user, context: context, failure: error.message,
                status: ErrorMiddleware.status(for: error.errorCode.kind))
        }
        return Response(status: .seeOther, headers: [.location: "/cases/\(number)?done=\(action)"])
    }

    /// The transition a form asks for, its fields checked for presence (the ledger checks the rest).
    static func transition(_ action: String, _ form: FormFields) throws(WebError) -> CaseDesk.Transition {
        switch action {
        case "pause": return .pause(reason: form.value("reason"))
        case "resume": return .resume
        case "complete": return .complete
        case "refuse":
            guard let reason = form.value("reason") else { throw .badRequestBody("请选择不予受理的理由") }
            return .refuse(reason: reason)
        default:
            guard let text = form.value("window"), let window = Int(text) else {
                throw .badRequestBody("请选择转往的窗口")
            }
            return .transfer(window: window)
        }
    }

    func casePage(
        _ number: Int64, user: SignedInUser, context: AppRequestContext, reason: String? = nil,
        feeForm: CasePage.FeeForm = CasePage.FeeForm(), message: String? = nil, failure: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let hall = environment.hall
        let showing = hall.caseDetail
        let detail = try await showing.detail(number)
        let mask = try await Self.mask(
            hall, .init(view: .caseDetail, record: number, actor: user.name), reason: reason)
        let adjustments = try await hall.feeAdjusting.adjustments(of: number).map {
            hall.feeAdjusting.view($0, mask: mask)
        }
        let page = CasePage(
            detail, view: showing.view(detail, mask: mask), catalog: hall.catalog, user: user,
            unmasked: reason != nil, adjustments: adjustments, feeForm: feeForm, message: message, failure: failure)
        return environment.pages.render(
            "case-detail", title: "办件 #\(number)", page: page, context: context, status: status)
    }
}
