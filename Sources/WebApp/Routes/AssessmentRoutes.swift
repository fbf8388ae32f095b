import Assessment
import Catalog
import Foundation
import Hall
import Hummingbird
import Store

/// `/assessment` (deputy and director): choose a scheme and a period, see the ranking with its
/// chart and traces (`hall.scoring.preview`), upload an events CSV, publish a period, and, for
/// the director, correct a published one or see the events' notes in full; the ranking as CSV.
struct AssessmentRoutes: RouteGroup {
    let environment: WebEnvironment

    init(environment: WebEnvironment) {
        self.environment = environment
    }

    func register(on router: Router<AppRequestContext>) {
        router.get("/assessment") { request, context in
            let user = try context.require(.deputy)
            let query = request.uri.queryParameters
            let done = query.get("done").flatMap(Self.doneMessages.index(forKey:)).map { Self.doneMessages[$0].value }
            return try await page(
                AssessmentSelection(scheme: query.get("scheme"), period: query.get("period")), user: user,
                context: context, message: done.map { .init(text: $0, failed: false) })
        }
        // The director asks to see the events' notes in full, with a reason the ledger records.
        router.post("/assessment") { request, context in
            let user = try context.require(.deputy)
            guard user.role >= .director else { throw WebError.roleNotAllowed(needed: .director) }
            let form = try await FormFields.posted(request, context)
            let selection = AssessmentSelection(scheme: form.value("scheme"), period: form.value("period"))
            guard let reason = form.value("unmask") else {
                return try await page(
                    selection, user: user, context: context,
                    message: .init(text: "查看完整信息须写明原因，原因将记入台账", failed: true), status: .badRequest)
            }
            return try await page(selection, user: user, context: context, unmaskReason: reason)
        }
        router.post("/assessment/events") { request, context in try await uploadEvents(request, context) }
        router.post("/assessment/publish") { request, context in try await publish(request, context) }
        router.get("/assessment/export.csv") { request, context in try await export(request, context) }
    }

    static let doneMessages = [
        "published": "已发布本期结果，此后不再改变；确有错误须由主任写明原因更正",
        "corrected": "已更正本期结果，原发布结果仍保留",
    ]

    /// The page for `selection`: the period's result as `action` would leave it, masked unless
    /// the director gave `unmaskReason`. A scoring refusal (an unknown scheme, a period that
    /// has not ended) is shown on the page, above the result as it stands, with its status.
    func page(
        _ selection: AssessmentSelection, user: SignedInUser, context: AppRequestContext,
        action: PeriodScoring.Action = .score, message: AssessmentPage.Message? = nil, unmaskReason: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let hall = environment.hall
        let now = hall.ledger.clock.now()
        let resolved = selection.resolved(schemes: hall.rules.schemes, today: now.date)
        var page = AssessmentPage(
            schemes: hall.rules.schemes.map { .init(id: $0.id, name: $0.name, selected: $0.id == resolved.scheme) },
            scheme: resolved.scheme, period: resolved.periodText, message: message, isDirector: user.role >= .director,
            unmasked: false, publishable: false, correctable: false,
            exportLink: "/assessment/export.csv?" + resolved.query, query: resolved.query)
        var status = status
        guard let period = resolved.period else {
            page.message = .init(text: AssessmentSelection.invalidPeriod(resolved.periodText), failed: true)
            return render(page, context: context, status: .badRequest)
        }
        var scored: ScoreDesk.Scored
        do {
            scored = try await hall.scoring.preview(
                .init(scheme: resolved.scheme, period: period, action: action), at: now)
            if action != .score {
                if case .correct(let reason) = action {
                    page.preview = .init(correcting: true, reason: reason)
                } else {
                    page.preview = .init(correcting: false)
                }
            }
        } catch {
            page.message = .init(text: error.message, failed: true)
            status = ErrorMiddleware.status(for: error.errorCode.kind)
            guard action != .score else { return render(page, context: context, status: status) }
            do {
                scored = try await hall.scoring.preview(.init(scheme: resolved.scheme, period: period), at: now)
            } catch {
                return render(page, context: context, status: status)
            }
        }
        // Read after the figures, so that a disclosure is recorded only when there is something to show.
        let mask = try await hall.personalData.mask(
            .init(
                view: .score, subject: "\(resolved.scheme) \(period)", actor: user.name, unmaskReason: unmaskReason))
        scored = scored.masked(by: mask)
        page.unmasked = !mask.masks
        page.published = scored.publishedLabel
        page.publishable = scored.publication == nil
        page.correctable = scored.publication != nil && user.role >= .director
        switch scored.result {
        case .windows(let result): page.ranking = RankingView(result)
        case .people(let result): page.demerits = DemeritsView(result)
        case .stored(let json): page.stored = json
        }
        return render(page, context: context, status: status)
    }

    func render(_ page: AssessmentPage, context: AppRequestContext, status: HTTPResponse.Status) -> Response {
        environment.pages.render("assessment", title: "考核评比", page: page, context: context, status: status)
    }

    /// The ranking as CSV, the same columns as `onestop score --format csv`.
    private func export(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let user = try context.require(.deputy)
        let hall = environment.hall
        let now = hall.ledger.clock.now()
        let query = request.uri.queryParameters
        let resolved = AssessmentSelection(scheme: query.get("scheme"), period: query.get("period"))
            .resolved(schemes: hall.rules.schemes, today: now.date)
        guard let period = resolved.period else {
            throw WebError.badRequestBody(AssessmentSelection.invalidPeriod(resolved.periodText))
        }
        let scored = try await hall.scoring.preview(.init(scheme: resolved.scheme, period: period), at: now)
        let mask = try await hall.personalData.mask(
            .init(view: .score, subject: "\(resolved.scheme) \(period)", actor: user.name))
        // A byte-order mark, so that spreadsheet programs read the Chinese names as UTF-8.
        let csv = "\u{FEFF}" + scored.masked(by: mask).rendered(as: .csv)
        let file = "\(resolved.scheme)-\(period.text).csv"
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"\(file)\"",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: csv)))
    }
}

/// The scheme and period asked for, as typed; the hall's usual scheme and the current period
/// when not given.
struct AssessmentSelection {
    var scheme: String?
    var period: String?

    /// Blank fields (`?scheme=&period=`) count as not given.
    init(scheme: String? = nil, period: String? = nil) {
        func given(_ text: String?) -> String? {
            let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed?.isEmpty == false ? trimmed : nil
        }
        self.scheme = given(scheme)
        self.period = given(period)
    }

    struct Resolved {
        var scheme: String
        var periodText: String
        var period: Period?

        var query: String {
            "scheme=\(Self.encode(scheme))&period=\(Self.encode(periodText))"
        }

        static func encode(_ text: String) -> String {
            text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._~"))) ?? ""
        }
    }

    /// The scheme the hall usually ranks its windows by: the Wulong monthly scheme when it is
    /// loaded, else the first window scheme, else the first.
    static func defaultScheme(_ schemes: [Scheme]) -> Scheme? {
        schemes.first { $0.id == "wulong-monthly" } ?? schemes.first { $0.subject == .window } ?? schemes.first
    }

    func resolved(schemes: [Scheme], today: CivilDate) -> Resolved {
        let typed = scheme ?? Self.defaultScheme(schemes)?.id ?? ""
        // An unknown scheme is kept as typed, for scoring to refuse with its suggestions.
        let known = try? SchemeNames(schemes).scheme(typed)
        let text = period ?? Self.current(known?.period ?? .month, on: today).text
        return Resolved(scheme: known?.id ?? typed, periodText: text, period: Period(text))
    }

    /// The period of `kind` that `day` falls in (a semester starts in September and in February).
    static func current(_ kind: Period.Kind, on day: CivilDate) -> Period {
        switch kind {
        case .month: Period(month: .init(year: day.year, month: day.month))
        case .year: Period(year: day.year)
        case .semester:
            day.month >= 9
                ? Period(semesterOf: day.year, second: false)
                : Period(semesterOf: day.year - 1, second: day.month >= 2)
        }
    }

    static func invalidPeriod(_ text: String) -> String {
        "“\(text)”不是有效的考核期间；请写成 YYYY-MM、YYYY、YYYY-S1 或 YYYY-S2"
    }
}
