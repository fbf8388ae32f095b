import Hall
import Hummingbird
import QRCode
import Store

extension DeskRoutes {
    /// `/cases/{n}/receipt`: the receipt (受理回执) with the short link and QR code to the
    /// student's progress page; clerk and above, as it is printed at the window.
    func registerReceipt(on router: Hummingbird.Router<AppRequestContext>) {
        router.get("/cases/{n}/receipt") { request, context in
            let user = try context.require(.clerk)
            let hall = environment.hall
            let text = try context.parameters.require("n")
            guard let id = Self.caseNumber(text) else {
                throw LedgerError("没有编号为 \(text) 的办件", code: .caseNotFound)
            }
            let record = try await hall.receipts.record(id)
            let mask = try await hall.personalData.mask(.init(view: .caseChange, record: id, actor: user.name))
            let code = try await ReceiptLink(database: hall.ledger.database).code(for: id)
            let link = environment.publicBaseURL + "/p/" + code
            let sameDay = (request.uri.queryParameters.get("same-day") ?? "").split(separator: ",")
                .compactMap { Int64($0) }.filter { $0 != id }
            let page = ReceiptPage(
                receipt: hall.receipts.receipt(record, mask: mask), link: link,
                qrCode: try? QRCode(encoding: link).svg(moduleSize: 3, quietZone: 4, title: "办件进度查询：\(link)"),
                sameDay: sameDay.map { "#\($0)" }.joined(separator: "、"))
            return environment.pages.render("receipt", title: "受理回执 #\(id)", page: page, context: context)
        }
    }
}
