import Catalog
import Notice

/// `/guide/services/{id}`: a service as the public reads it — where, how long, what it costs,
/// what to bring and the steps — and the notice a student would get, for the answers given.
struct GuideServicePage {
    struct MaterialRow {
        var name: String
        var amounts: String
        var necessity: String
        var note: String?
    }

    var id: String
    var name: String
    var window: String?
    var department: String?
    var timeLimit: String
    var statutoryLimit: String?
    var fees: [String]
    var hasFees: Bool
    var materials: [MaterialRow]
    var steps: [String]
    var basis: [String]
    var greenChannel: String?
    var online: String?
    var factFields: [DeskServicePage.FactField]
    var hasFacts: Bool
    var notice: DeskNoticeView
    var failure: String?
    /// The A4 print view of the notice shown, for the same answers.
    var printHref = ""

    init(_ service: Service, catalog: Catalog, notice: Notice, failure: String?) {
        id = service.id
        name = service.name
        window = catalog.window(offering: service.id).map { "\($0.number)号窗口 \($0.name)" }
        department = catalog.department(of: service)?.name
        timeLimit = service.timeLimit.chinese
        statutoryLimit = service.statutoryLimit?.chinese
        fees = service.fees.map { fee in
            DeskNoticeView.mark("\(fee.name) \(fee.amount.amountText)元", fee.assumed.contains("amount"))
                + (fee.basis.map { "（\($0)）" } ?? "")
        }
        hasFees = !fees.isEmpty
        materials = service.materials.map { use in
            let amounts = [use.originals > 0 ? "原件\(use.originals)份" : nil, use.copies > 0 ? "复印件\(use.copies)份" : nil]
                .compactMap { $0 }.joined(separator: "，")
            let necessity =
                switch use.necessity {
                case .required: use.when == nil ? "必需" : "特定情形需要"
                case .optional: "可选"
                case .later: use.laterDeadline.map { "可容缺后补（\($0.chinese)内）" } ?? "可容缺后补"
                }
            return MaterialRow(
                name: catalog.material(use.material.id)?.name ?? use.material.id,
                amounts: amounts.isEmpty ? "出示" : amounts,
                necessity: necessity, note: use.note)
        }
        steps = service.steps.map { $0.name + ($0.applicantPresent ? "（需本人到场）" : "") }
        basis = service.basis.map(\.citation)
        greenChannel = service.greenChannel ? (service.greenChannelCriteria ?? "可申请绿色通道") : nil
        online = service.online.flatMap { reference in catalog.hall?.channels.first { $0.id == reference.id }?.name }
        factFields = DeskServicePage.factFields(notice: notice, catalog: catalog)
        hasFacts = !factFields.isEmpty
        self.notice = DeskNoticeView(notice)
        self.failure = failure
    }
}
