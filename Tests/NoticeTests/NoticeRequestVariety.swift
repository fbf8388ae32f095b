import Catalog
import Notice

/// Requests that reach every part of a service's notice: no facts, every fact its conditions read
/// at each of its values and in combination, nothing brought, everything brought, each defect,
/// and submissions after closing, on a holiday and in a year the calendar does not cover yet.
enum NoticeRequestVariety {
    static let onAWorkingDay = CivilDateTime("2026-09-30T10:00")!
    /// After closing, on a holiday, and in 2027, whose arrangement is not published yet (provisional).
    static let times =
        [onAWorkingDay] + ["2026-09-30T17:45", "2026-10-02T10:00", "2027-01-04T10:00"].compactMap(CivilDateTime.init)
    /// Enough combinations of facts for every branch without a test that takes minutes.
    static let combinationLimit = 64

    static func requests(for service: Service, in catalog: Catalog) -> [NoticeRequest] {
        var requests = times.map { NoticeRequest(service: service.id, submitted: $0) }
        let materials = service.materials.map(\.material.id)
        requests.append(NoticeRequest(service: service.id, have: [], submitted: onAWorkingDay))
        requests.append(NoticeRequest(service: service.id, have: Set(materials), submitted: onAWorkingDay))
        for id in materials {
            for defect in catalog.material(id)?.defects ?? [] {
                requests.append(
                    NoticeRequest(
                        service: service.id, have: Set(materials), defects: [id: defect.code],
                        submitted: onAWorkingDay))
            }
        }
        for facts in combinations(of: readFacts(of: service), in: catalog) {
            requests.append(NoticeRequest(service: service.id, facts: facts, submitted: onAWorkingDay))
            requests.append(NoticeRequest(service: service.id, facts: facts, have: [], submitted: onAWorkingDay))
        }
        return requests
    }

    /// The facts the service's redirects, acceptance rules, materials, steps and fees read.
    static func readFacts(of service: Service) -> [String] {
        let conditions =
            service.redirects.compactMap(\.when) + service.acceptance.map(\.requires)
            + service.materials.compactMap(\.when) + service.steps.compactMap(\.when) + service.fees.compactMap(\.when)
        var ids: [String] = []
        for fact in conditions.flatMap(\.facts) where !ids.contains(fact) { ids.append(fact) }
        return ids
    }

    /// Each fact alone at each value, then every combination up to `combinationLimit`.
    static func combinations(of facts: [String], in catalog: Catalog) -> [[String: String]] {
        let values = facts.map { catalog.fact($0)?.allowedValues ?? [] }
        var single: [[String: String]] = []
        for (fact, allowed) in zip(facts, values) { single += allowed.map { [fact: $0] } }
        var combined: [[String: String]] = [[:]]
        for (fact, allowed) in zip(facts, values) {
            combined = combined.flatMap { partial in allowed.map { partial.merging([fact: $0]) { $1 } } }
            if combined.count > combinationLimit { break }
        }
        return single + combined.prefix(combinationLimit).filter { $0.count > 1 }
    }
}
