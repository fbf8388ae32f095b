import Catalog
import Hall
import Hummingbird
import Store

/// `POST /cases/{n}/adjust-fee`: a deputy or the director waives part of a fee; the ledger
/// checks the catalog's approval levels against the signed-in user's role (a deputy above the
/// threshold is refused), and the page shows what was typed again with the refusal.
extension CaseRoutes {
    func registerFees(on router: Router<AppRequestContext>) {
        router.post("/cases/{n}/adjust-fee") { request, context in
            let user = try context.require(.deputy)
            let number = try Self.caseNumber(context)
            let form = try await FormFields.posted(request, context)
            let typed = CasePage.FeeForm(
                fee: form.value("fee") ?? "", amount: form.value("amount") ?? "", reason: form.value("reason") ?? "")
            let hall = environment.hall
            let adjustment = FeeAdjustmentRequest(
                caseId: number, fee: typed.fee, amount: typed.amount, reason: typed.reason,
                at: hall.ledger.clock.now(), by: user.name, role: user.role.rawValue)
            do {
                _ = try await hall.feeAdjusting.adjust(adjustment)
            } catch let error as any CodedError {
                if error.errorCode == .caseNotFound { throw error }
                return try await casePage(
                    number, user: user, context: context, feeForm: typed, failure: error.message,
                    status: ErrorMiddleware.status(for: error.errorCode.kind))
            }
            return Response(status: .seeOther, headers: [.location: "/cases/\(number)?done=adjust-fee"])
        }
    }
}
