import Catalog
import Hall
import Store

/// `/cases/{n}`: the case, its steps and trail, and the forms that move it on. Which forms show
/// follows the case's status; the ledger still decides (a stale page's form gets its refusal).
/// Every field a template reads is stored: Mustache reflects stored properties only.
struct CasePage {
    struct Choice {
        var value: String
        var label: String
    }

    var number: Int64
    var detail: CaseDetailView
    var summary: CaseView
    var hasSteps: Bool
    var canPause: Bool
    var canResume: Bool
    var canComplete: Bool
    var canRefuse: Bool
    var canTransfer: Bool
    var canStep: Bool
    var refusals: [Choice]
    var windows: [Choice]
    /// Why no transfer form shows on a live case: no other window offers its service.
    var transferHint: String?
    /// The steps of its procedure not yet recorded.
    var steps: [Choice]
    /// The channel as hall.yaml names it (现场).
    var channel: String
    /// The director may ask to see personal data in full; others see it masked.
    var canUnmask: Bool
    var unmasked: Bool
    var message: String?
    var failure: String?
    /// The service's fees with what has been waived of each, and the adjustments made.
    var fees: [FeeLine]
    var adjustments: [FeeAdjustmentView]
    var hasFees: Bool
    var hasAdjustments: Bool
    /// Deputies and the director may adjust a fee (the ledger checks the amount's level).
    var canAdjustFee: Bool
    var feeForm: FeeForm
    var isOpen: Bool

    struct FeeLine {
        var name: String
        var amount: String
        var waived: String
        var charged: String
        /// Who approves, as the catalog's levels say: `副主任（低于 50 元）→ 主任`.
        var approval: String
        var assumed: Bool
    }

    /// What was typed in the fee form, shown again when it is refused.
    struct FeeForm {
        var fee: String = ""
        var amount: String = ""
        var reason: String = ""
    }

    init(
        _ detail: Ledger.CaseDetail, view: CaseDetailView, catalog: Catalog, user: SignedInUser, unmasked: Bool,
        adjustments: [FeeAdjustmentView] = [], feeForm: FeeForm = FeeForm(), message: String? = nil,
        failure: String? = nil
    ) {
        let record = detail.record
        let service = catalog.service(record.serviceId)
        number = record.id ?? 0
        self.detail = view
        summary = view.case
        hasSteps = !view.steps.isEmpty
        let live = record.status == .open || record.status == .paused
        canPause = record.status == .open
        canResume = record.status == .paused
        canComplete = record.status == .open
        canRefuse = live && !(service?.refusals.isEmpty ?? true)
        refusals = service?.refusals.map { Choice(value: $0.code, label: $0.text) } ?? []
        windows = catalog.windowsByNumber.filter { $0.number != record.windowNumber && $0.offers(record.serviceId) }
            .map { Choice(value: String($0.number), label: "\($0.number)号窗口 \($0.name)") }
        canTransfer = live && !windows.isEmpty
        transferHint =
            live && windows.isEmpty
            ? "本事项只在\(record.windowNumber)号窗口办理，没有可转办的窗口" : nil
        let done = Set(detail.steps.map(\.stepId))
        steps = service?.steps.filter { !done.contains($0.id) }.map { Choice(value: $0.id, label: $0.name) } ?? []
        channel = catalog.hall?.channels.first { $0.id == record.channel }?.name ?? record.channel
        canStep = record.status == .open && !steps.isEmpty
        let records = adjustments
        fees = (service?.fees ?? []).map { fee in
            let catalogFen = FeeAmount.fen(yuan: fee.amount)
            let waived = records.filter { $0.fee == fee.name }.compactMap { FeeAmount.fen($0.amount) }.reduce(0, +)
            return FeeLine(
                name: fee.name, amount: FeeAmount.yuan(catalogFen), waived: FeeAmount.yuan(waived),
                charged: FeeAmount.yuan(max(0, catalogFen - waived)), approval: Self.approval(fee, catalog: catalog),
                assumed: fee.assumed.contains("amount"))
        }
        self.adjustments = adjustments
        hasFees = !fees.isEmpty
        hasAdjustments = !adjustments.isEmpty
        canAdjustFee = user.role >= .deputy && record.status != .refused && !fees.isEmpty
        self.feeForm = feeForm
        canUnmask = user.role >= .director && !unmasked
        self.unmasked = unmasked
        self.message = message
        self.failure = failure
        isOpen = canPause || canResume || canComplete || canRefuse || canTransfer || canStep || transferHint != nil
    }

    static func approval(_ fee: Service.Fee, catalog: Catalog) -> String {
        fee.approval.map { level in
            let name = catalog.hall?.roles.first { $0.id == level.role.id }?.name ?? level.role.id
            return name + (level.below.map { "（低于 \(FeeAmount.yuan(FeeAmount.fen(yuan: $0))) 元）" } ?? "")
        }.joined(separator: " → ")
    }

    /// What a successful form says once the browser is back on the page (`?done=`).
    static func doneMessage(_ done: String?) -> String? {
        switch done {
        case "pause": "已暂停，待申请人补正"
        case "resume": "已恢复办理，期限已按暂停时间顺延"
        case "complete": "已办结"
        case "refuse": "已登记不予受理"
        case "transfer": "已转至新窗口"
        case "step": "已登记办理环节"
        case "adjust-fee": "已登记费用减免"
        default: nil
        }
    }
}
