import Foundation

/// The hall's staff list: each member has their own id, a role the hall defines and windows
/// that exist, so the ledger can trust who it records.
extension ValidationRule {
    static let staffExample = "  staff:\n    - {id: w01-a, name: 1号窗口A岗老师, role: clerk, windows: [1]}\n  channels:"

    static let staff: [ValidationRule] = [
        ValidationRule(
            "staff-duplicate-id", "two members of staff share an id",
            triggering: [
                RuleExample(
                    "hall.yaml", "  channels:",
                    staffExample.replacingFirst(
                        "  channels:", with: "    - {id: w01-a, name: 副主任, role: deputy}\n  channels:"))
            ],
            nonTriggering: [.unchanged, RuleExample("hall.yaml", "  channels:", staffExample)],
            check: { catalog, bag in
                let members = (catalog.hall?.staff ?? []).map { (id: $0.id, location: $0.location) }
                bag.reportDuplicateIDs(members, code: "staff-duplicate-id") { id, earlier in
                    "工作人员 id“\(id)”已在 \(earlier) 用过；请给每位工作人员一个自己的 id"
                }
            }),
        ValidationRule(
            "staff-unknown-role", "a member of staff has a role the hall does not define",
            triggering: [
                RuleExample("hall.yaml", "  channels:", staffExample.replacingFirst("role: clerk", with: "role: clark"))
            ],
            nonTriggering: [RuleExample("hall.yaml", "  channels:", staffExample)],
            check: { catalog, bag in
                let roles = catalog.hall?.roles.map(\.id) ?? []
                for member in catalog.hall?.staff ?? [] where !roles.contains(member.role) {
                    bag.error(
                        "staff-unknown-role",
                        "工作人员“\(member.id)”的角色“\(member.role)”不存在"
                            + "\(Suggestion.hint(for: member.role, among: roles))；请写 hall.roles 中的一个角色",
                        at: member.roleLocation)
                }
            }),
        ValidationRule(
            "staff-unknown-window", "a member of staff works at a window the catalog does not have",
            triggering: [
                RuleExample(
                    "hall.yaml", "  channels:", staffExample.replacingFirst("windows: [1]", with: "windows: [7]"))
            ],
            nonTriggering: [RuleExample("hall.yaml", "  channels:", staffExample)],
            check: { catalog, bag in
                let numbers = Set(catalog.windows.map(\.number))
                for member in catalog.hall?.staff ?? [] {
                    for (number, location) in zip(member.windows, member.windowLocations)
                    where !numbers.contains(number) {
                        let known = numbers.sorted().map(String.init).joined(separator: ", ")
                        bag.error(
                            "staff-unknown-window",
                            "工作人员“\(member.id)”在 \(number) 号窗口工作，但目录中没有这个窗口"
                                + "（已有的窗口：\(known)）；请改为已有的窗口号",
                            at: location)
                    }
                }
            }),
    ]
}

extension String {
    /// The text with its first `target` replaced.
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
