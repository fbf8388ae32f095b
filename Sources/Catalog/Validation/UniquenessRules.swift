/// Ids and window numbers identify one thing each.
extension ValidationRule {
    static let uniqueness: [ValidationRule] = [
        ValidationRule(
            "duplicate-id",
            "two departments, facts, materials, services, roles, channels, calendars, "
                + "steps, refusals or defects share an id, or a rating reason is listed twice",
            triggering: [
                RuleExample("departments.yaml", "id: jwc", "id: xsc"),
                RuleExample("services/daily.yaml", "- id: verify", "- id: accept"),
                RuleExample("services/daily.yaml", "id: course-consultation", "id: transcript-stamp"),
                RuleExample("hall.yaml", "  channels:", "  ratings: {reasons: [其他, 其他]}\n  channels:"),
            ],
            nonTriggering: [.unchanged],
            check: { catalog, bag in
                func unique(_ items: [(id: String, location: SourceLocation)], _ kind: String) {
                    bag.reportDuplicateIDs(items, code: "duplicate-id") { id, earlier in
                        "\(kind) id '\(id)' is already used at \(earlier); give each \(kind) its own id"
                    }
                }
                unique(catalog.departments.map { ($0.id, $0.location) }, "department")
                unique(catalog.facts.map { ($0.id, $0.location) }, "fact")
                unique(catalog.materials.map { ($0.id, $0.location) }, "material")
                unique(catalog.services.map { ($0.id, $0.location) }, "service")
                unique(catalog.calendars.map { ($0.id, $0.location) }, "calendar")
                unique(catalog.hall?.roles.map { ($0.id, $0.location) } ?? [], "role")
                unique(catalog.hall?.channels.map { ($0.id, $0.location) } ?? [], "channel")
                unique(catalog.hall?.posts.map { ($0.id.rawValue, $0.location) } ?? [], "post")
                if let ratings = catalog.hall?.ratings {
                    bag.reportDuplicateIDs(
                        Array(zip(ratings.reasons, ratings.reasonLocations)), code: "duplicate-id"
                    ) { reason, earlier in
                        "rating reason '\(reason)' is already listed at \(earlier); list each reason once"
                    }
                }
                for service in catalog.services {
                    unique(service.steps.map { ($0.id, $0.location) }, "step")
                    unique(service.refusals.map { ($0.code, $0.location) }, "refusal")
                }
                for material in catalog.materials {
                    unique(material.defects.map { ($0.code, material.location) }, "defect")
                }
            }),
        ValidationRule(
            "duplicate-window-number", "two windows have the same number",
            triggering: [RuleExample("windows/02.yaml", "number: 2", "number: 1")],
            nonTriggering: [.unchanged],
            check: { catalog, bag in
                var first: [Int: SourceLocation] = [:]
                for window in catalog.windows.sorted(by: { $0.location < $1.location }) {
                    if let earlier = first[window.number] {
                        bag.error(
                            "duplicate-window-number",
                            "window number \(window.number) is already used in \(earlier.file); number each window once",
                            at: window.numberLocation)
                    } else {
                        first[window.number] = window.numberLocation
                    }
                }
            }),
    ]
}
