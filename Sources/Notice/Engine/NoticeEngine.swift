import Catalog

/// Builds the one-time notice for a service from the catalog, the facts given and the calendar.
public struct NoticeEngine: Sendable {
    public let catalog: Catalog
    let calculator: DueDateCalculator

    public init(catalog: Catalog) throws(NoticeError) {
        guard let calendar = WorkingCalendar(for: catalog) else {
            throw NoticeError("目录没有大厅所用的工作日日历；请在 calendars/ 中提供并在 hall.yaml 中引用", code: .calendarMissing)
        }
        self.catalog = catalog
        calculator = DueDateCalculator(calendar: calendar, hall: catalog.hall)
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

    public func notice(for raw: NoticeRequest) throws(NoticeError) -> Notice {
        let service = try service(named: raw.service)
        let request = try RequestValidator(catalog: catalog).validate(raw, for: service)
        var questions = FactQuestions(catalog: catalog, facts: request.facts)
        let window = catalog.window(offering: service.id)
        let department = catalog.department(of: service)
        let decision = AcceptanceDecider(catalog: catalog).decide(service, questions: &questions)
        let factsDecidingAcceptance = Set(questions.pending.keys)
        var notice = Notice(
            number: Self.number(window: window, submitted: request.submitted), decision: decision.outcome,
            service: .init(id: service.id, name: service.name),
            window: window.map {
                .init(
                    number: $0.number, name: $0.name,
                    processes: catalog.hall?.definition(of: .a)?.processes,
                    assumed: $0.assumed.contains("services"))
            },
            department: department.map { .init(id: $0.id, name: $0.name) },
            hall: catalog.hall?.name ?? "", institution: catalog.hall?.institution ?? "",
            inScope: true, referral: nil, basis: [], materials: [], missing: [], defective: [], questions: [],
            refusal: nil, timeLimit: nil, steps: [], visits: 0, fee: nil, greenChannel: nil, online: nil,
            contacts: [], facts: request.facts,
            factsInWords: catalog.facts.compactMap { fact in
                request.facts[fact.id].map { "\(fact.name)：\(fact.label(of: $0))" }
            },
            assumed: service.assumed.reasons.keys.sorted(), submitted: request.submitted.description)
        notice.factsDecidingAcceptance = factsDecidingAcceptance
        switch decision {
        case .redirected(let referral):
            // Only where to go and why: materials, fees and steps belong to the office it goes to.
            notice.inScope = false
            notice.referral = referral
        case .refused(let refusal):
            notice.refusal = refusal
            notice.contacts = contacts(service, window: window, steps: [])
        case .accepted:
            try fillAccepted(&notice, service: service, request: request, questions: &questions)
        }
        return notice
    }

    /// The parts of an accepted notice: materials, time limit, procedure, fee and contacts.
    private func fillAccepted(
        _ notice: inout Notice, service: Service, request: NoticeRequest, questions: inout FactQuestions
    ) throws(NoticeError) {
        let describer = ConditionDescriber(catalog: catalog)
        let materials = MaterialChecklist(catalog: catalog, describer: describer)
            .lines(for: service, request: request, questions: &questions)
        let steps = ProcedureBuilder(catalog: catalog, describer: describer)
            .steps(for: service, department: notice.department?.id, questions: &questions)
        notice.basis = service.basis.map(\.citation)
        notice.basisByDocument = Self.grouped(service.basis)
        notice.materials = materials
        notice.missing = materials.filter { $0.status == .missing }.map(\.id)
        notice.defective = materials.filter { $0.status == .defective }.map(\.id)
        notice.timeLimit = try timeLimit(for: service, submitted: request.submitted)
        notice.steps = steps
        notice.visits = ProcedureBuilder.visits(steps)
        notice.fee = fee(for: service, questions: &questions, describer: describer)
        notice.greenChannel =
            service.greenChannel ? (service.greenChannelCriteria ?? "特殊紧急情况可走绿色通道优先办理") : nil
        notice.online = online(service)
        notice.contacts = contacts(service, window: catalog.window(offering: service.id), steps: steps)
        notice.questions = questions.questions
    }

    /// One line per document in the order first cited, its clauses joined: the student's copy
    /// names a document once however many of its clauses apply.
    static func grouped(_ basis: [Service.Basis]) -> [String] {
        var documents: [String] = []
        var clauses: [String: [String]] = [:]
        for line in basis {
            if clauses[line.document] == nil { documents.append(line.document) }
            clauses[line.document, default: []] += line.clause.map { [$0] } ?? []
        }
        return documents.map { document in
            ([document] + [clauses[document, default: []].joined(separator: "；")].filter { !$0.isEmpty })
                .joined(separator: " ")
        }
    }

    /// The window and the minute of submission, e.g. 01-202609301000: the same request gets the
    /// same number on both copies, and two windows never share one.
    static func number(window: Window?, submitted: CivilDateTime) -> String {
        let window = window.map { $0.number < 10 ? "0\($0.number)" : "\($0.number)" } ?? "00"
        let digits = submitted.description.filter(\.isNumber)
        return "\(window)-\(digits)"
    }

    private func fee(for service: Service, questions: inout FactQuestions, describer: ConditionDescriber) -> Notice.Fee?
    {
        var items: [Notice.FeeLine] = []
        var total = 0.0
        for fee in service.fees {
            let applies = questions.holds(fee.when, deciding: "收费：\(fee.name)")
            guard applies != false else { continue }
            let condition = fee.when.map { describer.describe($0) }
            let reason =
                applies == nil ? "待确认：\(condition ?? "")时收取" : condition.map { "适用情形：\($0)" } ?? "按收费标准收取"
            if applies == true { total += fee.amount }
            items.append(
                .init(
                    name: fee.name, amount: fee.amount, basis: fee.basis, reason: reason,
                    approval: fee.approval.map { level in
                        let role = catalog.hall?.roles.first { $0.id == level.role.id }?.name ?? level.role.id
                        return level.below.map { "\(role)审批\($0.amountText)元以下的调整" } ?? "\(role)审批其余调整"
                    }, assumed: fee.assumed.marked(["amount", "name", "basis", "when"])))
        }
        return items.isEmpty ? nil : .init(total: total, items: items)
    }

    private func timeLimit(for service: Service, submitted: CivilDateTime) throws(NoticeError) -> Notice.TimeLimitLine {
        let due: DueDate
        do {
            due = try calculator.due(service.timeLimit, submitted: submitted)
        } catch {
            throw NoticeError(error.description, code: .calendarMissingYear)
        }
        let value: Int? =
            switch service.timeLimit {
            case .workingDays(let days): days
            case .hours(let hours): hours
            case .onTheSpot: nil
            }
        return .init(
            kind: service.timeLimit.kindName, value: value, accepted: submitted.description,
            acceptanceDay: due.acceptanceDay.description, due: due.dueText, text: service.timeLimit.chinese,
            note: due.acceptanceDay == submitted.date ? nil : lateNote(submitted, acceptanceDay: due.acceptanceDay),
            assumed: service.assumed.contains("time_limit"), provisional: due.provisional,
            provisionalNote: due.provisional ? DueDate.provisionalNote : nil)
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

    private func online(_ service: Service) -> String? {
        guard let reference = service.online else { return nil }
        let name = catalog.hall?.channels.first { $0.id == reference.id }?.name ?? reference.id
        return service.onlineNote.map { "\(name)：\($0)" } ?? name
    }

    private func contacts(_ service: Service, window: Window?, steps: [Notice.StepLine]) -> [Notice.Contact] {
        var names: [String] = []
        var contacts: [Notice.Contact] = []
        let ids = [catalog.department(of: service)?.id].compactMap { $0 } + (window?.departments.map(\.id) ?? [])
        for id in ids {
            guard let department = catalog.department(id), !names.contains(department.name) else { continue }
            names.append(department.name)
            contacts.append(
                .init(
                    department: department.name, office: department.office, phone: department.phone,
                    assumed: department.assumed.marked(["office", "phone"])))
        }
        for step in steps where step.handOff && !names.contains(step.department) {
            let department = catalog.departments.first { $0.name == step.department }
            names.append(step.department)
            contacts.append(
                .init(
                    department: step.department, office: department?.office, phone: department?.phone,
                    assumed: department?.assumed.marked(["office", "phone"]) ?? []))
        }
        return contacts
    }
}
