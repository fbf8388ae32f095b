import Catalog

/// What a service's notice holds whatever the request (its window, department, basis, wording of
/// materials, steps and fees, contacts), worked out once per catalog in NoticeEngine.init instead
/// of for every notice. A class: each notice takes it from the engine's table without copying it.
final class ServicePlan: Sendable {
    let service: Service
    let named: Notice.Named
    let window: Notice.WindowInfo?
    let department: Notice.Named?
    /// The window part of the notice's number, e.g. `01-`.
    let numberPrefix: String
    let hall: String
    let institution: String
    let basis: [String]
    let basisByDocument: [String]
    let greenChannel: String?
    let online: String?
    let assumed: [String]
    let subjects: AcceptanceDecider.Subjects
    let materials: MaterialChecklist
    let procedure: ProcedureBuilder
    let fees: FeeSchedule
    /// The time limit's line but for the dates of the submission.
    let timeLimit: Notice.TimeLimitLine
    /// The responsible department's and the window's departments' contacts, each department once.
    let contacts: [Notice.Contact]
    /// The contact of each department a step hands off to, by its name.
    let handOffContacts: [String: Notice.Contact]

    init(service: Service, catalog: Catalog) {
        let describer = ConditionDescriber(catalog: catalog)
        let window = catalog.window(offering: service.id)
        let department = catalog.department(of: service)
        self.service = service
        named = .init(id: service.id, name: service.name)
        self.window = window.map {
            .init(
                number: $0.number, name: $0.name, processes: catalog.hall?.definition(of: .a)?.processes,
                assumed: $0.assumed.contains("services"))
        }
        self.department = department.map { .init(id: $0.id, name: $0.name) }
        numberPrefix = (window.map { $0.number < 10 ? "0\($0.number)" : "\($0.number)" } ?? "00") + "-"
        hall = catalog.hall?.name ?? ""
        institution = catalog.hall?.institution ?? ""
        basis = service.basis.map(\.citation)
        basisByDocument = Self.grouped(service.basis)
        greenChannel = service.greenChannel ? (service.greenChannelCriteria ?? "特殊紧急情况可走绿色通道优先办理") : nil
        online = service.online.map { reference in
            let name = catalog.hall?.channels.first { $0.id == reference.id }?.name ?? reference.id
            return service.onlineNote.map { "\(name)：\($0)" } ?? name
        }
        assumed = service.assumed.reasons.keys.sorted()
        subjects = .init(service)
        materials = MaterialChecklist(service: service, catalog: catalog, describer: describer)
        let procedure = ProcedureBuilder(
            service: service, department: department?.id, catalog: catalog, describer: describer)
        self.procedure = procedure
        fees = FeeSchedule(service: service, catalog: catalog, describer: describer)
        timeLimit = Self.timeLimit(of: service)
        contacts = Self.contacts(service, window: window, catalog: catalog)
        var handOffContacts: [String: Notice.Contact] = [:]
        for entry in procedure.entries where entry.ifApplies.handOff {
            let name = entry.ifApplies.department
            let department = catalog.departments.first { $0.name == name }
            handOffContacts[name] = .init(
                department: name, office: department?.office, phone: department?.phone,
                assumed: department?.assumed.marked(["office", "phone"]) ?? [])
        }
        self.handOffContacts = handOffContacts
    }

    /// The contacts: the service's and its window's departments, then each department a step
    /// hands off to, each department once.
    func contacts(steps: [Notice.StepLine]) -> [Notice.Contact] {
        var names = contacts.map(\.department)
        var contacts = contacts
        for step in steps where step.handOff && !names.contains(step.department) {
            names.append(step.department)
            if let contact = handOffContacts[step.department] { contacts.append(contact) }
        }
        return contacts
    }

    private static func contacts(_ service: Service, window: Window?, catalog: Catalog) -> [Notice.Contact] {
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
        return contacts
    }

    private static func timeLimit(of service: Service) -> Notice.TimeLimitLine {
        let value: Int? =
            switch service.timeLimit {
            case .workingDays(let days): days
            case .hours(let hours): hours
            case .onTheSpot: nil
            }
        return .init(
            kind: service.timeLimit.kindName, value: value, accepted: "", acceptanceDay: "", due: "",
            text: service.timeLimit.chinese, note: nil, assumed: service.assumed.contains("time_limit"),
            provisional: false, provisionalNote: nil)
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
}
