import Catalog

/// An assessment scheme (考核方案) as written in rules/assessment/*.yaml.
public struct Scheme: Sendable {
    public enum Subject: String, Sendable { case window, person }

    /// What one `count` of an event means; the trace reads "N次", "N个工作日"...
    public enum Unit: String, Sendable, CaseIterable {
        case occurrence, personTime = "person_time", overdueWorkingDay = "overdue_working_day", halfDay = "half_day"
        case `case`

        /// The counter word after a count: 2次, 3人次, 4个工作日.
        public var counterWord: String {
            switch self {
            case .occurrence: "次"
            case .personTime: "人次"
            case .overdueWorkingDay: "个工作日"
            case .halfDay: "个半天"
            case .case: "件次"
            }
        }
    }

    /// How windows with equal scores are ordered, tried in the scheme's order.
    public enum TieBreaker: String, Sendable, CaseIterable {
        case fewerDeductions = "fewer_deductions"
        case moreCasesHandled = "more_cases_handled"
        case higherSatisfaction = "higher_satisfaction"

        public var description: String {
            switch self {
            case .fewerDeductions: "扣分少者在前"
            case .moreCasesHandled: "办结件数多者在前"
            case .higherSatisfaction: "满意度高者在前"
            }
        }

        /// What the breaker needs; said when it is missing.
        public var dataName: String {
            switch self {
            case .fewerDeductions: "扣分"
            case .moreCasesHandled: "办结件数（办件台账）"
            case .higherSatisfaction: "满意度"
            }
        }
    }

    public struct Item: Sendable {
        public var id: String
        public var name: String
        public var clause: String
        public var points: Double
        public var unit: Unit
        public var seriousExtra: Double?
        public var sideEffects: [String]
        public var fromLedger: String?
        public var location: SourceLocation
        /// `from_quality`: the item is scored from a rate of the quality report (`satisfaction_rate`,
        /// `on_time_rate`, `accuracy_rate`), read from the ledger at scoring time.
        public var fromQuality: String? = nil
        /// `quality_bands`: a rate below `below` percent loses `points`; the lowest band reached counts.
        public var qualityBands: [QualityBand] = []
    }

    public struct QualityBand: Sendable {
        public var below: Double
        public var points: Double
    }

    public struct Category: Sendable {
        public var id: String
        public var name: String
        public var cap: Double?
        public var notGiven: Bool
        public var items: [Item]
        public var location: SourceLocation
    }

    public struct BonusLevel: Sendable {
        public var id: String
        public var name: String
        public var points: Double
        public var clause: String?
    }

    public struct Grade: Sendable {
        public var id: String
        public var name: String
        public var minimum: Double
        public var location: SourceLocation
    }

    public struct Outcome: Sendable {
        public enum Selector: Sendable, Equatable {
            case top(Int)
            case topPercent(Double)
            case below(Double)
            case grade(String)
        }

        public var id: String
        public var name: String
        public var kind: Kind
        public var selector: Selector
        /// For `grade`, `top` and `top_percent`: that many periods in a row.
        public var consecutive: Int = 1
        /// `ties: share`: windows tied across the quota's edge all get it (the quota may be exceeded).
        public var sharesTies: Bool = false
        /// `award_when_all_tied: true`: given even when every window ties.
        public var awardWhenAllTied: Bool = false
        public var location: SourceLocation

        /// A quota selector (`top`, `top_percent`): a place among the windows, not a threshold.
        public var isQuota: Bool {
            switch selector {
            case .top, .topPercent: true
            case .below, .grade: false
            }
        }
    }

    public struct Rollup: Sendable {
        public var period: Period.Kind
        public var method: Method
        public var outcomes: [Outcome]
    }

    public struct DemeritItem: Sendable {
        public var id: String
        public var name: String
        public var clause: String
    }

    public struct Threshold: Sendable {
        public var id: String
        public var name: String
        public var per: Period.Kind
        public var atLeast: Int
        public var consequence: Consequence
        public var amount: Double?
        /// The post it applies to (`post: B`: student assistants only); nil for everyone.
        public var post: Post?
    }

    public var id: String
    public var name: String
    public var sourceDocument: String
    public var sourceDate: String?
    public var sourceNote: String?
    public var subject: Subject
    /// The period one score covers: a month or a semester.
    public var period: Period.Kind
    public var base: Double
    public var categories: [Category]
    public var bonusCap: Double?
    public var bonusLevels: [BonusLevel]
    public var grades: [Grade]
    public var outcomes: [Outcome]
    public var rollups: [Rollup]
    public var tieBreakers: [TieBreaker]
    public var demeritItems: [DemeritItem]
    public var thresholds: [Threshold]
    public var file: String
    public var location: SourceLocation
    /// `max_event_count`: the most one event may count; an import refuses more.
    public var maxEventCount: Int? = nil
    /// `sunshine:` (person schemes): the 阳光窗口 vote and how it combines with the opinions.
    public var sunshine: SunshineRule? = nil

    /// The bound for a scheme that gives none: well above a month's occurrences of one item at
    /// one window, well below a student number typed into the count column.
    public static let defaultMaxEventCount = 100

    public var items: [Item] { categories.flatMap(\.items) }

    /// Every id an event may name under this scheme: items, bonus levels and demerit items.
    public var eventItemIDs: Set<String> {
        Set(
            items.filter { $0.fromLedger == nil && $0.fromQuality == nil }.map(\.id) + bonusLevels.map(\.id)
                + demeritItems.map(\.id))
    }

    public func category(of item: String) -> Category? {
        categories.first { $0.items.contains { $0.id == item } }
    }

    /// The grade a score falls in: the highest whose minimum it reaches.
    public func grade(for score: Double) -> Grade? {
        grades.sorted { $0.minimum > $1.minimum }.first { score >= $0.minimum }
    }
}
