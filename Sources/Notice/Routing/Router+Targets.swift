import Catalog

extension Router {
    enum Destination {
        case service(Service, reason: String?)
        /// `guessed`: a redirect on the way is one the catalog marks assumed.
        case department(String, reason: String, guessed: Bool)
    }

    /// Follows the redirects that certainly apply under the recognised facts (at most a few hops).
    func followRedirects(from service: Service, facts: [String: String]) -> Destination {
        var current = service
        var reasons: [String] = []
        var visited: Set<String> = [service.id]
        var guessed = false
        while let redirect = current.redirects.first(where: { $0.when?.evaluate(facts) == true }) {
            reasons.append(redirect.reason)
            // As the notice judges it (AcceptanceDecision): the service's redirects or this one assumed.
            guessed = guessed || current.assumed.contains("redirects") || !redirect.assumed.isEmpty
            switch redirect.target {
            case .department(let id): return .department(id, reason: reasons.joined(separator: "；"), guessed: guessed)
            case .window(let number):
                let department = catalog.window(number: number)?.departments.first?.id ?? ""
                return .department(department, reason: reasons.joined(separator: "；"), guessed: guessed)
            case .service(let id):
                guard let next = catalog.service(id), visited.insert(id).inserted else { break }
                current = next
                continue
            }
            break
        }
        return .service(current, reason: reasons.isEmpty ? nil : reasons.joined(separator: "；"))
    }

    func match(_ service: Service, score: Double, note: String?) -> RouteResult.Match {
        let window = catalog.window(offering: service.id)
        let department = catalog.department(of: service)
        return RouteResult.Match(
            service: .init(id: service.id, name: service.name),
            window: window.map { .init(number: $0.number, name: $0.name, assumed: $0.assumed.contains("services")) },
            department: department.map { .init(id: $0.id, name: $0.name) },
            score: (score * 1000).rounded() / 1000, stops: stops(of: service, owner: department?.id),
            note: note)
    }

    /// The departments the case passes through, in step order; empty when it stays with one.
    func stops(of service: Service, owner: String?) -> [RouteResult.Stop] {
        var stops: [RouteResult.Stop] = []
        for step in service.steps {
            let id = step.department?.id ?? owner ?? ""
            let name = catalog.department(id)?.name ?? id
            if stops.last?.department == name {
                stops[stops.count - 1].steps.append(step.name)
            } else {
                stops.append(.init(department: name, steps: [step.name]))
            }
        }
        return Set(stops.map(\.department)).count > 1 ? stops : []
    }

    func outside(_ id: String, reason: String) -> RouteResult.Referral {
        let department = catalog.department(id)
        return .init(
            id: id, department: department?.name ?? id, office: department?.office, phone: department?.phone,
            reason: reason, assumed: department?.assumed.marked(["office", "phone"]) ?? [])
    }

    /// The note on a hall service whose redirect outside the catalog only assumes.
    func possibleReferral(_ id: String, _ reason: String) -> String {
        let department = catalog.department(id)?.name ?? id
        return "可能需到\(department)办理：" + Notice.mark(reason, true) + "，请窗口核实后再指引"
    }

    /// Nothing matched: the consultation desk (首问负责), which follows it up. A department whose
    /// words came up only weakly is named as a possibility, not as where to go: a weak guess
    /// must not send the student away.
    func fallbackReferral(_ ranked: [(RouteTarget, Double)], threshold: Double) -> RouteResult.Referral {
        var reason = "没有找到对应事项；请到咨询台登记，首问责任人一个工作日内联系相关部门并反馈"
        for (target, score) in ranked where score >= threshold / 2 {
            guard case .department(let id) = target else { continue }
            reason = "可能与\(outside(id, reason: "").place)有关；请到咨询台登记，首问责任人一个工作日内联系并反馈"
            break
        }
        let desk = catalog.hall?.consultationDesk ?? "咨询台"
        return .init(
            id: nil, department: "\(catalog.hall?.name ?? "大厅")\(desk)", office: catalog.hall?.address, phone: nil,
            reason: reason)
    }
}
