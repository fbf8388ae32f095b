import Catalog

/// What the ledger counts for one window over some days, before any rate is taken: closed
/// cases and their faults, and the ratings given. The rates and targets are the Hall's.
public struct QualityFigures: Sendable, Equatable {
    public var window: Int
    /// Cases closed in the days: completed or refused (不予受理).
    public var closed: Int = 0
    public var completed: Int = 0
    public var refused: Int = 0
    /// Completed on or before their due day (or moment, for hour limits).
    public var completedOnTime: Int = 0
    /// Closed cases with none of the faults below.
    public var accurate: Int = 0
    /// Closed cases paused for 补正 at least once (an audited `pause`).
    public var corrected: Int = 0
    /// Closed cases with a complaint by the same student about the same window, received from
    /// the case's submission to the end of the days.
    public var complained: Int = 0
    /// Closed cases the same student brought again (same service, same window) after closing,
    /// before the end of the days (返工).
    public var reworked: Int = 0
    /// Hours from submission to completion, summed over completed cases.
    public var handlingHours: Int = 0
    /// Ratings given in the days, by level (the `rating` table's ids).
    public var ratings: [String: Int] = [:]

    public init(window: Int) {
        self.window = window
    }

    public var ratingCount: Int { ratings.values.reduce(0, +) }

    /// Ratings at the levels the hall counts as satisfied (`hall.ratings.satisfied_levels`;
    /// 非常满意 + 满意 + 基本满意 by default), counted as the ledger is read.
    public var satisfiedRatings: Int = 0

    public static let levels = [
        "very_satisfied", "satisfied", "basically_satisfied", "dissatisfied", "very_dissatisfied",
    ]

    /// A rate by its id (`on_time_rate`, `accuracy_rate`, `satisfaction_rate`): completed on time
    /// over completed; closed without a fault over closed; the satisfied levels over all ratings.
    /// Nil when there is nothing to count.
    public func rate(named id: String) -> Double? {
        switch id {
        case "on_time_rate": completed > 0 ? Double(completedOnTime) / Double(completed) : nil
        case "accuracy_rate": closed > 0 ? Double(accurate) / Double(closed) : nil
        case "satisfaction_rate": ratingCount > 0 ? Double(satisfiedRatings) / Double(ratingCount) : nil
        default: nil
        }
    }

    /// The rates there is something to count for, by id.
    public var rates: [String: Double] {
        Dictionary(
            uniqueKeysWithValues: ["on_time_rate", "accuracy_rate", "satisfaction_rate"].compactMap { id in
                rate(named: id).map { (id, $0) }
            })
    }

    /// Two windows' (or months') figures together.
    public func adding(_ other: QualityFigures) -> QualityFigures {
        var sum = self
        sum.closed += other.closed
        sum.completed += other.completed
        sum.refused += other.refused
        sum.completedOnTime += other.completedOnTime
        sum.accurate += other.accurate
        sum.corrected += other.corrected
        sum.complained += other.complained
        sum.reworked += other.reworked
        sum.handlingHours += other.handlingHours
        sum.ratings.merge(other.ratings, uniquingKeysWith: +)
        sum.satisfiedRatings += other.satisfiedRatings
        return sum
    }
}
