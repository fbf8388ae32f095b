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
                        "\(kind) id“\(id)”已在 \(earlier) 用过；请给每个\(kind)一个自己的 id"
                    }
                }
                unique(catalog.departments.map { ($0.id, $0.location) }, "部门")
                unique(catalog.facts.map { ($0.id, $0.location) }, "情况")
                unique(catalog.materials.map { ($0.id, $0.location) }, "材料")
                unique(catalog.services.map { ($0.id, $0.location) }, "事项")
                unique(catalog.calendars.map { ($0.id, $0.location) }, "工作日历")
                unique(catalog.hall?.roles.map { ($0.id, $0.location) } ?? [], "角色")
                unique(catalog.hall?.channels.map { ($0.id, $0.location) } ?? [], "渠道")
                unique(catalog.hall?.posts.map { ($0.id.rawValue, $0.location) } ?? [], "岗位")
                if let ratings = catalog.hall?.ratings {
                    bag.reportDuplicateIDs(
                        Array(zip(ratings.reasons, ratings.reasonLocations)), code: "duplicate-id"
                    ) { reason, earlier in
                        "评价原因“\(reason)”已在 \(earlier) 列出；每个原因只列一次"
                    }
                }
                for service in catalog.services {
                    unique(service.steps.map { ($0.id, $0.location) }, "环节")
                    unique(service.refusals.map { ($0.code, $0.location) }, "不予受理理由")
                }
                for material in catalog.materials {
                    unique(material.defects.map { ($0.code, material.location) }, "材料问题")
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
                            "窗口号 \(window.number) 已在 \(earlier.file) 用过；每个窗口号只能用一次",
                            at: window.numberLocation)
                    } else {
                        first[window.number] = window.numberLocation
                    }
                }
            }),
    ]
}
