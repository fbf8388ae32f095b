import Assessment

extension EventRows {
    /// Every event item's Chinese name (items, bonus levels, demerit items) to its id, for the
    /// names that mean one id across all schemes; an ambiguous name must be written as its id.
    static func itemIDsByName(_ schemes: [Scheme]) -> [String: String] {
        var ids: [String: Set<String>] = [:]
        for scheme in schemes {
            let eventItems = scheme.eventItemIDs
            for item in scheme.items where eventItems.contains(item.id) { ids[item.name, default: []].insert(item.id) }
            for level in scheme.bonusLevels { ids[level.name, default: []].insert(level.id) }
            for item in scheme.demeritItems { ids[item.name, default: []].insert(item.id) }
        }
        return ids.compactMapValues { $0.count == 1 ? $0.first : nil }
    }
}
