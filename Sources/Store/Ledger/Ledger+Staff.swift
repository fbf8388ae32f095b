import Catalog

/// Who did it: the actor of every ledger operation is a member of the hall's staff list
/// (`hall.staff`), named by id or display name and recorded by id. A hall that keeps no staff
/// list records the name as given.
extension Ledger {
    /// The staff id recorded for `by`, or a refusal naming how to say who acts.
    public func staffActor(_ by: String) throws(LedgerError) -> String {
        try Self.staffActor(by, catalog: catalog)
    }

    /// The same for a front end that has the catalog but no ledger (events, scores).
    public static func staffActor(_ by: String, catalog: Catalog) throws(LedgerError) -> String {
        guard let hall = catalog.hall, let staff = hall.staff else { return by }
        if let member = hall.staffMember(by) { return member.id }
        let hint = Suggestion.chineseHint(for: by, among: staff.map(\.id) + staff.map(\.name))
        let who = by.isEmpty ? "没有写明经办人" : "“\(by)”不在大厅的工作人员名单中\(hint)"
        throw LedgerError(
            "\(who)；经办人须写工作人员编号或名称（名单见 hall.yaml 的 staff，如 \(staff.first?.id ?? "w01-a")）",
            code: .unknownStaff, details: ErrorDetails(candidates: staff.map(\.id)))
    }

    /// How a recorded actor is named in messages: the display name with the id, when on the list.
    func staffLabel(_ id: String) -> String {
        catalog.hall?.staffMember(id).map { $0.name == $0.id ? $0.id : "\($0.name)（\($0.id)）" } ?? id
    }
}
