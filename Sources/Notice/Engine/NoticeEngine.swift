import Catalog

/// Builds the one-time notice for a service from the catalog, the facts given and the calendar.
public struct NoticeEngine: Sendable {
    public let catalog: Catalog
    let calculator: DueDateCalculator
    /// Each service's plan, by the id that names it (`catalog.service(identifiedBy:)` finds it).
    private let plans: [String: ServicePlan]
    private let questions: [String: Notice.Question]

    public init(catalog: Catalog) throws(NoticeError) {
        guard let calendar = WorkingCalendar(for: catalog) else {
            throw NoticeError("目录没有大厅所用的工作日日历；请在 calendars/ 中提供并在 hall.yaml 中引用", code: .calendarMissing)
        }
        self.catalog = catalog
        calculator = DueDateCalculator(calendar: calendar, hall: catalog.hall)
        var plans: [String: ServicePlan] = [:]
        for service in catalog.services where catalog.service(identifiedBy: service.id) != nil {
            plans[service.id] = ServicePlan(service: service, catalog: catalog)
        }
        self.plans = plans
        questions = FactQuestions.templates(for: catalog)
    }

    public func service(named query: String) throws(NoticeError) -> Service {
        // An id, as the API and the desk send it, without building the resolver over every service.
        if let service = catalog.service(identifiedBy: query) { return service }
        do {
            return try catalog.names.service(query)
        } catch {
            throw NoticeError(error)
        }
    }

    /// The plan of the service a request names: worked out in `init` for an id, else now.
    private func plan(named query: String) throws(NoticeError) -> ServicePlan {
        if let plan = plans[query] { return plan }
        return ServicePlan(service: try service(named: query), catalog: catalog)
    }

    public func notice(for raw: NoticeRequest) throws(NoticeError) -> Notice {
        let plan = try plan(named: raw.service)
        let service = plan.service
        // Nothing typed to resolve: the request is already in ids.
        let plain = raw.facts.isEmpty && raw.defects.isEmpty && raw.have?.isEmpty != false
        let request = plain ? raw : try RequestValidator(catalog: catalog).validate(raw, for: service)
        var questions = FactQuestions(catalog: catalog, facts: request.facts, templates: self.questions)
        let decision = AcceptanceDecider(catalog: catalog)
            .decide(service, subjects: plan.subjects, questions: &questions)
        let factsDecidingAcceptance = Set(questions.pending.keys)
        let submitted = request.submitted.description
        var notice = Notice(
            number: Self.number(prefix: plan.numberPrefix, submitted: submitted), decision: decision.outcome,
            service: plan.named, window: plan.window, department: plan.department, hall: plan.hall,
            institution: plan.institution, inScope: true, referral: nil, basis: [], materials: [], missing: [],
            defective: [], questions: [], refusal: nil, timeLimit: nil, steps: [], visits: 0, fee: nil,
            greenChannel: nil, online: nil, contacts: [], facts: request.facts,
            factsInWords: request.facts.isEmpty
                ? []
                : catalog.facts.compactMap { fact in
                    request.facts[fact.id].map { "\(fact.name)：\(fact.label(of: $0))" }
                },
            assumed: plan.assumed, submitted: submitted)
        notice.factsDecidingAcceptance = factsDecidingAcceptance
        switch decision {
        case .redirected(let referral):
            // Only where to go and why: materials, fees and steps belong to the office it goes to.
            notice.inScope = false
            notice.referral = referral
        case .refused(let refusal):
            notice.refusal = refusal
            notice.contacts = plan.contacts
        case .accepted:
            try fillAccepted(&notice, plan: plan, request: request, questions: &questions)
        }
        return notice
    }

    /// The parts of an accepted notice: materials, time limit, procedure, fee and contacts.
    private func fillAccepted(
        _ notice: inout Notice, plan: ServicePlan, request: NoticeRequest, questions: inout FactQuestions
    ) throws(NoticeError) {
        let materials = plan.materials.lines(for: request, questions: &questions)
        let steps = plan.procedure.steps(questions: &questions)
        notice.basis = plan.basis
        notice.basisByDocument = plan.basisByDocument
        notice.materials = materials
        notice.missing = materials.filter { $0.status == .missing }.map(\.id)
        notice.defective = materials.filter { $0.status == .defective }.map(\.id)
        notice.timeLimit = try timeLimit(plan, submitted: request.submitted, as: notice.submitted)
        notice.steps = steps
        notice.visits = ProcedureBuilder.visits(steps)
        notice.fee = plan.fees.fee(questions: &questions)
        notice.greenChannel = plan.greenChannel
        notice.online = plan.online
        notice.contacts = plan.contacts(steps: steps)
        notice.questions = questions.questions
    }

    /// The window and the minute of submission, e.g. 01-202609301000: the same request gets the
    /// same number on both copies, and two windows never share one.
    static func number(prefix: String, submitted: String) -> String {
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        return prefix + String(decoding: submitted.utf8.filter { digits.contains($0) }, as: UTF8.self)
    }

    private func timeLimit(
        _ plan: ServicePlan, submitted: CivilDateTime, as text: String
    ) throws(NoticeError) -> Notice.TimeLimitLine {
        let due: DueDate
        do {
            due = try calculator.due(plan.service.timeLimit, submitted: submitted)
        } catch {
            throw NoticeError(error.description, code: .calendarMissingYear)
        }
        var line = plan.timeLimit
        line.accepted = text
        line.acceptanceDay = due.acceptanceDay.description
        line.due = due.dueText
        line.note = due.acceptanceDay == submitted.date ? nil : lateNote(submitted, acceptanceDay: due.acceptanceDay)
        line.provisional = due.provisional
        line.provisionalNote = due.provisional ? DueDate.provisionalNote : nil
        return line
    }

    /// Says which it was: a rest day (named when it is a holiday) or after the day's closing time.
    private func lateNote(_ submitted: CivilDateTime, acceptanceDay: CivilDate) -> String {
        let calendar = calculator.calendar
        let restDay = ((try? calendar.isWorkingDay(submitted.date)) ?? true) == false
        let when = "\(submitted.date.chinese)\(submitted.clock)"
        let why =
            restDay
            ? "为休息日" + (calendar.label(of: submitted.date).map { "（\($0)）" } ?? "")
            : "已过当日受理截止时间"
        return "\(when)\(why)，按\(acceptanceDay.chinese)受理计算"
    }
}
