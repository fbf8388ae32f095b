import Catalog

extension OverdueReport {
    /// One window's overdue figures in the report (follow-ups without a window under nil).
    public struct WindowTotal: Sendable, Equatable {
        public var window: Int?
        public var cases: Int
        public var followUps: Int
        public var overdueWorkingDays: Int
        public var overdueHours: Int
    }

    /// Totals per window, in window order (no window last).
    public var totals: [WindowTotal] {
        let grouped = Dictionary(grouping: items, by: \.window)
        let order = grouped.keys.sorted { ($0 ?? Int.max) < ($1 ?? Int.max) }
        return order.map { window in
            let items = grouped[window] ?? []
            return WindowTotal(
                window: window, cases: items.filter { $0.kind == .ledgerCase }.count,
                followUps: items.filter { $0.kind != .ledgerCase }.count,
                overdueWorkingDays: items.reduce(0) { $0 + $1.overdueDays.count },
                overdueHours: items.reduce(0) { $0 + ($1.overdueHours ?? 0) })
        }
    }
}
