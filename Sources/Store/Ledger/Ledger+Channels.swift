import Catalog

/// The channel a case came in by (现场 or the hall's online platform), as hall.yaml names it.
extension Ledger {
    /// A channel's id or its name in hall.yaml; 现场 for the hall's one on-site channel and 网上
    /// (线上) for its one online channel; the on-site channel when nothing is given; nil for
    /// anything else, which is refused rather than stored.
    public func channel(_ text: String?) -> String? {
        let channels = catalog.hall?.channels ?? []
        func only(online: Bool) -> String? {
            let matching = channels.filter { $0.online == online }
            return matching.count == 1 ? matching[0].id : nil
        }
        guard let text = text?.trimmingSpaces, !text.isEmpty else { return only(online: false) ?? "on_site" }
        switch text {
        case "现场": return only(online: false)
        case "网上", "线上": return only(online: true)
        default:
            guard !channels.isEmpty else { return text }
            return channels.first { text == $0.id || text == $0.name }?.id
        }
    }

    /// The refusal of a channel the hall does not have, listing those it has.
    func unknownChannel() -> LedgerError {
        let known = (catalog.hall?.channels ?? []).map { "\($0.id)（\($0.name)）" }
        return LedgerError("不是大厅的办理渠道；可用：\(known.joined(separator: "、"))，或 现场、网上", code: .unknownChannel)
    }
}
