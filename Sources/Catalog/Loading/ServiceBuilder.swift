/// Builds a `Service` from its mapping, parsing every condition it holds.
struct ServiceBuilder {
    var bag = DiagnosticBag()

    mutating func build(_ node: YAMLNode) -> Service? {
        guard let id = node.string("id"), let name = node.string("name") else { return nil }
        let green = node["green_channel"]
        let online = node["online"]
        return Service(
            id: id, name: name, aliases: node.strings("aliases"), keywords: node.strings("keywords"),
            nameEN: node.string("name_en"), keywordsEN: node.strings("keywords_en"),
            kind: node.string("kind") ?? "application", department: node.reference("department"),
            basis: node.list("basis").compactMap { item in
                item.string("document").map { Service.Basis(document: $0, clause: item.string("clause")) }
            },
            acceptance: node.list("acceptance").compactMap { acceptance($0) },
            refusals: node.list("refusals").compactMap { item in
                item.string("code").map {
                    Service.Refusal(
                        code: $0, text: item.string("text") ?? "", basis: item.string("basis"),
                        location: item.location)
                }
            },
            timeLimit: node.timeLimit("time_limit") ?? .onTheSpot, statutoryLimit: node.timeLimit("statutory_limit"),
            onCorrection: node.string("on_correction").flatMap(Service.OnCorrection.init(rawValue:)) ?? .pause,
            fees: node.list("fees").map { fee($0) },
            materials: node.list("materials").compactMap { materialUse($0) },
            steps: node.list("steps").compactMap { step($0) },
            redirects: node.list("redirects").compactMap { redirect($0) },
            greenChannel: green?.bool("eligible") ?? false, greenChannelCriteria: green?.string("criteria"),
            online: online?.reference("channel"), onlineNote: online?.string("note"), location: node.location,
            timeLimitLocation: node["time_limit"]?.location, assumed: node.assumedKeys)
    }

    private mutating func acceptance(_ node: YAMLNode) -> Service.Acceptance? {
        guard let id = node.string("id"), let requires = node.condition("requires", into: &bag),
            let refusal = node.reference("refusal")
        else { return nil }
        return Service.Acceptance(id: id, text: node.string("text") ?? "", requires: requires, refusal: refusal)
    }

    private mutating func fee(_ node: YAMLNode) -> Service.Fee {
        Service.Fee(
            name: node.string("name") ?? "", amount: node.number("amount") ?? 0, basis: node.string("basis"),
            when: node.condition("when", into: &bag),
            approval: node.list("adjustment_approval").compactMap { level in
                level.reference("role").map { Service.ApprovalLevel(role: $0, below: level.number("below")) }
            },
            location: node.location, assumed: node.assumedKeys)
    }

    private mutating func materialUse(_ node: YAMLNode) -> Service.MaterialUse? {
        guard let material = node.reference("material") else { return nil }
        return Service.MaterialUse(
            material: material, originals: node.int("originals") ?? 1, copies: node.int("copies") ?? 0,
            necessity: node.string("necessity").flatMap(Service.Necessity.init(rawValue:)) ?? .required,
            laterDeadline: node.timeLimit("later_deadline"),
            when: node.condition("when", into: &bag), note: node.string("note"), location: node.location,
            assumed: node.assumedKeys)
    }

    private mutating func step(_ node: YAMLNode) -> Service.Step? {
        guard let id = node.string("id"), let role = node.reference("role") else { return nil }
        return Service.Step(
            id: id, name: node.string("name") ?? id, role: role, department: node.reference("department"),
            applicantPresent: node.bool("applicant_present") ?? false, separateFrom: node.references("separate_from"),
            when: node.condition("when", into: &bag), description: node.string("description"),
            location: node.location)
    }

    private mutating func redirect(_ node: YAMLNode) -> Service.Redirect? {
        guard let to = node["to"] else { return nil }
        let target: Service.Target
        if let service = to.string("service") {
            target = .service(service)
        } else if let window = to.int("window") {
            target = .window(window)
        } else if let department = to.string("department") {
            target = .department(department)
        } else {
            return nil
        }
        return Service.Redirect(
            when: node.condition("when", into: &bag), reason: node.string("reason") ?? "", target: target,
            location: to.location, assumed: node.assumedKeys)
    }
}
