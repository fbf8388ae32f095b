import Assessment
import Catalog

/// The days an overdue report counts: a whole assessment period, or the days up to a last
/// day, from a first day when one is given.
public enum OverdueSpan: Sendable, Hashable {
    case period(Period)
    case days(from: CivilDate?, through: CivilDate)

    public var from: CivilDate? {
        switch self {
        case .period(let period): period.first
        case .days(let from, _): from
        }
    }

    public var through: CivilDate {
        switch self {
        case .period(let period): period.last
        case .days(_, let through): through
        }
    }

    /// What was reported, for the disclosure record: `2026-09-01 至 2026-09-30 3号窗口`.
    public func subject(window: Int?) -> String {
        (from.map { "\($0) 至 " } ?? "截至 ") + through.description + (window.map { " \($0)号窗口" } ?? "")
    }
}
