import Catalog
import Hall
import Store

/// `/cases/overdue`: totals by window, the overdue cases and follow-ups with their days, the
/// filter form (typed values kept) and the CSV link with the same filters.
struct CaseOverduePage {
    struct Total {
        var window: String
        var cases: Int
        var followUps: Int
        var overdueWorkingDays: Int
        var overdueHours: Int
    }

    struct Field {
        var name: String
        var value: String
    }

    struct Choice {
        var value: String
        var label: String
        var selected: Bool
    }

    var heading: String
    var totals: [Total]
    var cases: [CaseView]
    /// Each overdue referral, complaint or repair as its line (kind, number, subject, lateness).
    var followUps: [String]
    var isEmpty: Bool
    var hasFollowUps: Bool
    var period: String
    var from: String
    var through: String
    var windows: [Choice]
    var csvQuery: String
    var hidden: [Field]
    var canUnmask: Bool
    var unmasked: Bool
    var failure: String?

    init(
        document: OverdueDocument?, filter: CaseOverdueFilter, windows: [WindowReference], canUnmask: Bool,
        unmasked: Bool, failure: String? = nil
    ) {
        heading = document?.heading ?? "逾期情况"
        totals =
            document?.report.totals.map {
                Total(
                    window: $0.window.map { "\($0)号窗口" } ?? "未指定窗口", cases: $0.cases, followUps: $0.followUps,
                    overdueWorkingDays: $0.overdueWorkingDays, overdueHours: $0.overdueHours)
            } ?? []
        cases = document?.cases ?? []
        followUps =
            document.map { document in
                document.report.items.filter { $0.kind != .ledgerCase }.map {
                    FollowUpView($0, mask: document.mask).line
                }
            } ?? []
        isEmpty = totals.isEmpty
        hasFollowUps = !followUps.isEmpty
        period = filter.period ?? ""
        from = filter.from ?? ""
        through = filter.through ?? ""
        self.windows = windows.map {
            Choice(
                value: String($0.number), label: "\($0.number)号窗口 \($0.name)",
                selected: filter.window == String($0.number))
        }
        csvQuery = filter.query
        hidden = filter.fields.map { Field(name: $0.name, value: $0.value) }
        self.canUnmask = canUnmask && !unmasked && failure == nil
        self.unmasked = unmasked
        self.failure = failure
    }
}
