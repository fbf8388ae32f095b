/// Rules about how windows, services and departments fit together.
extension ValidationRule {
    static let structure: [ValidationRule] = [
        ValidationRule(
            "redirect-cycle", "redirects between services lead back to where they started",
            triggering: [
                RuleExample(
                    "services/daily.yaml", "    time_limit: {on_the_spot: true}\n",
                    "    time_limit: {on_the_spot: true}\n    redirects:\n      - reason: 另行办理\n"
                        + "        to: {service: student-id-replacement}\n"),
                RuleExample(
                    "services/daily.yaml", "to: {service: transcript-stamp}", "to: {service: student-id-replacement}"),
            ],
            nonTriggering: [
                .unchanged,
                RuleExample(
                    "services/daily.yaml", "    time_limit: {on_the_spot: true}\n",
                    "    time_limit: {on_the_spot: true}\n    redirects:\n      - when: applicant.stage == \"enrolled\"\n"
                        + "        reason: 在校生补办学生证\n        to: {service: student-id-replacement}\n"),
            ],
            check: { catalog, bag in RedirectCycleCheck.run(catalog, into: &bag) }),
        ValidationRule(
            "service-without-window", "a service is offered by no window",
            triggering: [
                RuleExample(
                    "windows/02.yaml", "services: [transcript-stamp, course-consultation]",
                    "services: [transcript-stamp]")
            ],
            nonTriggering: [.unchanged],
            check: { catalog, bag in
                let offered = Set(catalog.windows.flatMap(\.services).map(\.id))
                for service in catalog.services where !offered.contains(service.id) {
                    bag.error(
                        "service-without-window",
                        "没有窗口办理事项“\(service.id)”；请把它列在某个窗口的“services:”下",
                        at: service.location)
                }
            }),
        ValidationRule(
            "service-in-several-windows", .warning, "a service is listed by more than one window",
            triggering: [
                RuleExample(
                    "windows/02.yaml", "services: [transcript-stamp",
                    "services: [student-id-replacement, transcript-stamp")
            ],
            nonTriggering: [.unchanged],
            check: { catalog, bag in
                var first: [String: Int] = [:]
                for window in catalog.windowsByNumber {
                    for reference in window.services {
                        if let number = first[reference.id], number != window.number {
                            bag.warning(
                                "service-in-several-windows",
                                "事项“\(reference.id)”已由 \(number) 号窗口办理，学生会先被引导到那里；"
                                    + "请从其中一个窗口删去它",
                                at: reference.location)
                        } else {
                            first[reference.id] = window.number
                        }
                    }
                }
            }),
        ValidationRule(
            "window-without-services", .warning, "a window offers no services",
            triggering: [RuleExample("windows/01.yaml", "services: [student-id-replacement]", "services: []")],
            nonTriggering: [.unchanged],
            check: { catalog, bag in
                for window in catalog.windows where window.services.isEmpty {
                    bag.warning(
                        "window-without-services",
                        "\(window.number) 号窗口没有办理任何事项；请列出事项，或删去这个窗口",
                        at: window.servicesLocation ?? window.location)
                }
            }),
        ValidationRule(
            "department-not-in-hall", .warning, "a window is run by a department marked as outside the hall",
            triggering: [RuleExample("windows/01.yaml", "departments: [xsc]", "departments: [pcs]")],
            nonTriggering: [.unchanged],
            check: { catalog, bag in
                for reference in catalog.windows.flatMap(\.departments) {
                    guard let department = catalog.department(reference.id), !department.inHall else { continue }
                    bag.warning(
                        "department-not-in-hall",
                        "部门“\(department.id)”有窗口，却标为“in_hall: false”；请改为 true",
                        at: reference.location)
                }
            }),
        ValidationRule(
            "referral-without-contact", .warning,
            "a department outside the hall has neither office nor phone for referrals",
            triggering: [RuleExample("departments.yaml", "    office: 辖区派出所户籍窗口\n", "")],
            nonTriggering: [.unchanged],
            check: { catalog, bag in
                for department in catalog.departments
                where !department.inHall && department.office == nil && department.phone == nil {
                    bag.warning(
                        "referral-without-contact",
                        "部门“\(department.id)”不在大厅，却没有写办公地点或电话；"
                            + "请至少写一项，以便指引学生前往",
                        at: department.location)
                }
            }),
        ValidationRule(
            "missing-issuer", "a material issued by a department does not say which one",
            triggering: [
                RuleExample(
                    "materials.yaml", "    name: 一寸证件照\n    form: paper\n    source: applicant",
                    "    name: 一寸证件照\n    form: paper\n    source: department")
            ],
            nonTriggering: [.unchanged],
            check: { catalog, bag in
                for material in catalog.materials where material.source == "department" && material.issuedBy == nil {
                    bag.error(
                        "missing-issuer",
                        "材料“\(material.id)”由部门出具；请用“issued_by:”写明该部门的 id",
                        at: material.location)
                }
            }),
    ]
}

/// Finds cycles in service-to-service redirects that some applicant could actually follow:
/// A -> B for freshmen and B -> A for everyone else is no cycle, since no student meets both.
enum RedirectCycleCheck {
    struct Edge {
        var target: String
        var when: Condition?
        var location: SourceLocation
    }

    static func run(_ catalog: Catalog, into bag: inout DiagnosticBag) {
        var edges: [String: [Edge]] = [:]
        for service in catalog.services {
            for redirect in service.redirects {
                if case .service(let target) = redirect.target {
                    edges[service.id, default: []].append(
                        Edge(target: target, when: redirect.when, location: redirect.location))
                }
            }
        }
        for start in edges.keys.sorted() {
            var path: [Edge] = []
            search(from: start, start: start, edges: edges, path: &path) { cycle in
                guard FactAssignments.someSatisfies(cycle.compactMap(\.when), catalog: catalog) else { return }
                let names = [start] + cycle.map(\.target)
                bag.error(
                    "redirect-cycle",
                    "转办形成了循环：\(names.joined(separator: " -> "))；请把其中一处改为转到窗口或部门，"
                        + "或给它们加上不会同时满足的条件",
                    at: cycle[0].location)
            }
        }
    }

    /// Simple cycles through `start` whose other services sort after it, so each cycle is found once.
    private static func search(
        from node: String, start: String, edges: [String: [Edge]], path: inout [Edge], found: ([Edge]) -> Void
    ) {
        for edge in edges[node] ?? [] {
            if edge.target == start {
                found(path + [edge])
            } else if edge.target > start, !path.contains(where: { $0.target == edge.target }) {
                path.append(edge)
                search(from: edge.target, start: start, edges: edges, path: &path, found: found)
                path.removeLast()
            }
        }
    }
}

/// Whether some combination of declared fact values makes every condition true.
enum FactAssignments {
    static let limit = 100_000

    static func someSatisfies(_ conditions: [Condition], catalog: Catalog) -> Bool {
        let ids = Array(Set(conditions.flatMap(\.facts))).sorted()
        let domains = ids.map { id -> [String] in
            guard let fact = catalog.fact(id) else { return ["?"] }
            return fact.allowedValues
        }
        guard domains.reduce(1, { $0 * max($1.count, 1) }) <= limit else { return true }
        var assignment: [String: String] = [:]
        func assign(_ index: Int) -> Bool {
            guard index < ids.count else { return conditions.allSatisfy { $0.evaluate(assignment) == true } }
            for value in domains[index] {
                assignment[ids[index]] = value
                if assign(index + 1) { return true }
            }
            return false
        }
        return assign(0)
    }
}
