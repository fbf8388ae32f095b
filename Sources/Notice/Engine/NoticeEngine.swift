import Catalog

/// Builds the one-time notice for a service from the catalog, the facts given and the calendar.
public struct NoticeEngine: Sendable {
    public let catalog: Catalog
    let calculator: DueDateCalculator

    public init(catalog: Catalog) throws(NoticeError) {
        guard let calendar = WorkingCalendar(for: catalog) else {
            throw NoticeError("目录没有大厅所用的工作日日历；请在 calendars/ 中提供并在 hall.yaml 中引用")
        }
        self.catalog = catalog
        calculator = DueDateCalculator(calendar: calendar, hall: catalog.hall)
    }

    public func service(named query: String) throws(NoticeError) -> Service {
        try ServiceResolver(catalog: catalog).resolve(query)
    }

    public func notice(for raw: NoticeRequest) throws(NoticeError) -> Notice {
        let service = try service(named: raw.service)
        let request = try RequestValidator(catalog: catalog).validate(raw, for: service)
        var questions = FactQuestions(catalog: catalog, facts: request.facts)
        let describer = ConditionDescriber(catalog: catalog)
        let window = catalog.window(offering: service.id)
        let department = catalog.department(of: service)

        let referral = referral(for: service, questions: &questions, describer: describer)
        let refusal = refusal(for: service, questions: &questions, describer: describer)
        let materials = MaterialChecklist(catalog: catalog, describer: describer)
            .lines(for: service, request: request, questions: &questions)
        let steps = ProcedureBuilder(catalog: catalog, describer: describer)
            .steps(for: service, department: department?.id, questions: &questions)
        let fee = fee(for: service, questions: &questions, describer: describer)

        return Notice(
            service: .init(id: service.id, name: service.name),
            window: window.map {
                .init(
                    number: $0.number, name: $0.name,
                    processes: catalog.hall?.posts.first { $0.id == "A" }?.processes)
            },
            department: department.map { .init(id: $0.id, name: $0.name) },
            hall: catalog.hall?.name ?? "", institution: catalog.hall?.institution ?? "",
            inScope: referral == nil, referral: referral,
            basis: service.basis.map { [$0.document, $0.clause].compactMap { $0 }.joined(separator: " ") },
            materials: materials,
            missing: materials.filter { $0.status == .missing }.map(\.id),
            defective: materials.filter { $0.status == .defective }.map(\.id),
            questions: questions.questions, refusal: refusal,
            timeLimit: try timeLimit(for: service, submitted: request.submitted),
            steps: steps, visits: ProcedureBuilder.visits(steps), fee: fee,
            greenChannel: service.greenChannel ? (service.greenChannelCriteria ?? "特殊紧急情况可走绿色通道优先办理") : nil,
            online: online(service), contacts: contacts(service, window: window, steps: steps),
            facts: request.facts,
            factsInWords: catalog.facts.compactMap { fact in
                request.facts[fact.id].map { "\(fact.name)：\(fact.label(of: $0))" }
            })
    }

    private func referral(
        for service: Service, questions: inout FactQuestions, describer: ConditionDescriber
    ) -> Notice.Referral? {
        for redirect in service.redirects {
            guard questions.holds(redirect.when, deciding: "是否转办：\(redirect.reason)") == true else { continue }
            let why = redirect.when.map { "（\(describer.describe($0))）" } ?? ""
            switch redirect.target {
            case .department(let id):
                let department = catalog.department(id)
                return .init(
                    department: department?.name ?? id, office: department?.office, phone: department?.phone,
                    reason: redirect.reason + why, window: nil, service: nil)
            case .service(let id):
                let target = catalog.service(id)
                let window = catalog.window(offering: id)
                let department = target.flatMap { catalog.department(of: $0) }
                return .init(
                    department: department?.name ?? "", office: window.map { "大厅\($0.number)号窗口（\($0.name)）" },
                    phone: department?.phone, reason: redirect.reason + why, window: window?.number,
                    service: .init(id: id, name: target?.name ?? id))
            case .window(let number):
                let window = catalog.window(number: number)
                let department = window?.departments.first.flatMap { catalog.department($0.id) }
                return .init(
                    department: department?.name ?? "", office: "大厅\(number)号窗口（\(window?.name ?? "")）",
                    phone: department?.phone, reason: redirect.reason + why, window: number, service: nil)
            }
        }
        return nil
    }

    private func refusal(
        for service: Service, questions: inout FactQuestions, describer: ConditionDescriber
    ) -> Notice.Refusal? {
        for acceptance in service.acceptance {
            guard questions.holds(acceptance.requires, deciding: "受理条件：\(acceptance.text)") == false else {
                continue
            }
            let refusal = service.refusals.first { $0.code == acceptance.refusal.id }
            let basis = service.basis.first.map { [$0.document, $0.clause].compactMap { $0 }.joined(separator: " ") }
            return .init(
                reason: refusal?.text ?? acceptance.text, basis: refusal?.basis ?? basis ?? "",
                code: acceptance.refusal.id,
                condition: "不满足受理条件“\(acceptance.text)”（\(describer.describe(acceptance.requires))）")
        }
        return nil
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
                    }))
        }
        return items.isEmpty ? nil : .init(total: total, items: items)
    }

    private func timeLimit(for service: Service, submitted: CivilDateTime) throws(NoticeError) -> Notice.TimeLimitLine {
        let due: DueDate
        do {
            due = try calculator.due(service.timeLimit, submitted: submitted)
        } catch {
            throw NoticeError(error.description)
        }
        let value: Int? =
            switch service.timeLimit {
            case .workingDays(let days): days
            case .hours(let hours): hours
            case .onTheSpot: nil
            }
        let note =
            due.acceptanceDay == submitted.date
            ? nil : "\(submitted.date.chinese)\(submitted.clock)已过受理时间或为休息日，按\(due.acceptanceDay.chinese)受理计算"
        return .init(
            kind: service.timeLimit.kindName, value: value, accepted: submitted.description,
            acceptanceDay: due.acceptanceDay.description, due: due.dueText, text: service.timeLimit.chinese,
            note: note, provisional: due.provisional, provisionalNote: due.provisional ? DueDate.provisionalNote : nil)
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
            contacts.append(.init(department: department.name, office: department.office, phone: department.phone))
        }
        for step in steps where step.handOff && !names.contains(step.department) {
            let department = catalog.departments.first { $0.name == step.department }
            names.append(step.department)
            contacts.append(.init(department: step.department, office: department?.office, phone: department?.phone))
        }
        return contacts
    }
}
