import Assessment
import Catalog
import Foundation
import Hall
import Hummingbird
import Store

/// The assessment's writes: an events upload and publishing or correcting a period. Each is
/// recorded with the signed-in user; a refusal is shown on the page, with nothing written.
extension AssessmentRoutes {
    /// `POST /assessment/events`: a `multipart/form-data` upload of an events file (field
    /// `events`), imported by `hall.events.run(data:…)` exactly as `onestop events import`
    /// does; `allow_duplicates` and `correction` are the command's two allowances.
    func uploadEvents(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let user = try context.require(.deputy)
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let form: MultipartForm
        do {
            form = try MultipartForm(contentType: request.headers[.contentType], body: body)
        } catch {
            return try await page(
                AssessmentSelection(), user: user, context: context, message: .init(text: error.message, failed: true),
                status: .badRequest)
        }
        let selection = AssessmentSelection(scheme: form.value("scheme"), period: form.value("period"))
        guard let file = form.part("events"), let name = file.filename, !name.isEmpty, !file.data.isEmpty else {
            return try await page(
                selection, user: user, context: context,
                message: .init(text: "请选择要上传的事件文件（CSV）", failed: true), status: .badRequest)
        }
        let hall = environment.hall
        let allowing = EventRecording.Allowance(
            duplicates: form.isTicked("allow_duplicates"), correction: form.isTicked("correction"))
        let summary: EventImportSummary
        do {
            summary = try await hall.events.run(
                data: file.data, file: name, at: hall.ledger.clock.now(), by: user.name, allowing: allowing)
        } catch {
            let place = [
                error.details.row.map { "第 \($0) 行" }, error.details.column.map { "“\($0)”列" },
            ].compactMap { $0 }.joined(separator: "，")
            return try await page(
                selection, user: user, context: context,
                message: .init(
                    text: error.message + (place.isEmpty ? "；未导入" : "；整批未导入，请修正后重新上传"), failed: true,
                    place: place.isEmpty ? nil : place),
                status: ErrorMiddleware.status(for: error.errorCode.kind))
        }
        environment.log("events imported: batch \(summary.batch), \(summary.rows) rows, by \(user.name)")
        return try await page(
            selection, user: user, context: context,
            message: .init(text: summary.text.trimmingCharacters(in: .whitespacesAndNewlines), failed: false))
    }

    /// `POST /assessment/publish`: `action=publish` (deputy) or `action=correct` with a `reason`
    /// (director). Without `confirm=yes` it shows what would be put in force, as the command
    /// line does without `--yes`; confirmed, it commits and goes back to the period.
    func publish(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let user = try context.require(.deputy)
        let form = try await FormFields.posted(request, context)
        let selection = AssessmentSelection(scheme: form.value("scheme"), period: form.value("period"))
        let action: PeriodScoring.Action
        switch form.value("action") ?? "publish" {
        case "publish": action = .publish
        case "correct":
            guard user.role >= .director else { throw WebError.roleNotAllowed(needed: .director) }
            action = .correct(reason: form.value("reason") ?? "")
        default:
            return try await page(
                selection, user: user, context: context,
                message: .init(text: "未知的操作，请使用页面上的“发布”或“更正”按钮", failed: true), status: .badRequest)
        }
        guard form.value("confirm") == "yes" else {
            return try await page(selection, user: user, context: context, action: action)
        }
        let hall = environment.hall
        let now = hall.ledger.clock.now()
        let resolved = selection.resolved(schemes: hall.rules.schemes, today: now.date)
        guard let period = resolved.period else {
            return try await page(selection, user: user, context: context)
        }
        do {
            _ = try await hall.scoring.commit(
                .init(scheme: resolved.scheme, period: period, action: action), at: now, by: user.name)
        } catch {
            return try await page(
                selection, user: user, context: context, message: .init(text: error.message, failed: true),
                status: ErrorMiddleware.status(for: error.errorCode.kind))
        }
        environment.log("assessment \(action == .publish ? "published" : "corrected") by \(user.name)")
        let done = action == .publish ? "published" : "corrected"
        return Response(status: .seeOther, headers: [.location: "/assessment?\(resolved.query)&done=\(done)"])
    }
}
