/// Every id a file mentions must be defined somewhere in the catalog.
extension ValidationRule {
    static let references: [ValidationRule] = [
        ValidationRule(
            "unknown-reference",
            "a reference names a department, service, material, role, channel, step, "
                + "refusal, window, post or calendar that does not exist",
            triggering: [
                RuleExample("windows/01.yaml", "departments: [xsc]", "departments: [xgc]"),
                RuleExample("services/daily.yaml", "- material: id_card", "- material: idcard"),
                RuleExample("services/daily.yaml", "role: deputy\n        applicant", "role: vice\n        applicant"),
                RuleExample("services/daily.yaml", "refusal: not-enrolled", "refusal: not-enroled"),
                RuleExample("services/daily.yaml", "channel: wechat", "channel: weixin"),
                RuleExample("services/daily.yaml", "separate_from: [verify]", "separate_from: [check]"),
                RuleExample("services/daily.yaml", "to: {service: transcript-stamp}", "to: {window: 9}"),
                RuleExample("hall.yaml", "calendar: cn-national", "calendar: cn-nationa"),
                RuleExample("windows/01.yaml", "posts: {A: 1, B: 3}", "posts: {A: 1, C: 3}"),
            ],
            nonTriggering: [
                .unchanged,
                RuleExample("services/daily.yaml", "to: {service: transcript-stamp}", "to: {department: pcs}"),
            ],
            check: { catalog, bag in ReferenceCheck(catalog: catalog).run(into: &bag) })
    ]
}

/// Resolves every reference of the catalog against what it defines.
struct ReferenceCheck {
    let catalog: Catalog

    func run(into bag: inout DiagnosticBag) {
        let departments = Set(catalog.departments.map(\.id))
        let services = Set(catalog.services.map(\.id))
        let materials = Set(catalog.materials.map(\.id))
        let roles = Set(catalog.hall?.roles.map(\.id) ?? [])
        let channels = Set(catalog.hall?.channels.map(\.id) ?? [])
        let posts = Set(catalog.hall?.posts.map(\.id.rawValue) ?? [])

        func resolve(_ reference: Reference?, in known: Set<String>, as kind: String) {
            guard let reference, !known.contains(reference.id) else { return }
            let advice = Suggestion.advice(for: reference.id, among: known, kind: kind)
            bag.error(
                "unknown-reference",
                "目录中没有\(kind)\(QuotedText.quoted(reference.id))\(advice.isEmpty ? "；请改为已定义的\(kind)" : advice)",
                at: reference.location)
        }

        if let hall = catalog.hall {
            resolve(hall.calendar, in: Set(catalog.calendars.map(\.id)), as: "工作日历")
        }
        for material in catalog.materials {
            resolve(material.issuedBy, in: departments, as: "部门")
        }
        for window in catalog.windows {
            window.departments.forEach { resolve($0, in: departments, as: "部门") }
            window.services.forEach { resolve($0, in: services, as: "事项") }
            for post in window.posts.keys.sorted() where catalog.hall != nil {
                resolve(
                    Reference(post, at: window.postLocations[post] ?? window.location), in: posts, as: "岗位")
            }
        }
        for service in catalog.services {
            resolve(service.department, in: departments, as: "部门")
            resolve(service.online, in: channels, as: "渠道")
            let refusals = Set(service.refusals.map(\.code))
            service.acceptance.forEach { resolve($0.refusal, in: refusals, as: "不予受理理由") }
            service.fees.flatMap(\.approval).forEach { resolve($0.role, in: roles, as: "角色") }
            service.materials.forEach { resolve($0.material, in: materials, as: "材料") }
            let steps = Set(service.steps.map(\.id))
            for step in service.steps {
                resolve(step.role, in: roles, as: "角色")
                resolve(step.department, in: departments, as: "部门")
                step.separateFrom.forEach { resolve($0, in: steps, as: "环节") }
            }
            for redirect in service.redirects {
                switch redirect.target {
                case .service(let id):
                    resolve(Reference(id, at: redirect.location), in: services, as: "事项")
                case .department(let id):
                    resolve(Reference(id, at: redirect.location), in: departments, as: "部门")
                case .window(let number):
                    if catalog.window(number: number) == nil {
                        let numbers = catalog.windowsByNumber.map { String($0.number) }
                        let known =
                            numbers.isEmpty
                            ? "；还没有定义任何窗口"
                            : numbers.count <= Suggestion.listLimit
                                ? "；已有的窗口：\(numbers.joined(separator: ", "))" : ""
                        bag.error(
                            "unknown-reference", "目录中没有 \(number) 号窗口\(known.isEmpty ? "；请改为已有的窗口号" : known)",
                            at: redirect.location)
                    }
                }
            }
        }
    }
}
