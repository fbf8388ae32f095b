import Catalog

/// The scores of every window for one period under one scheme, with a trace for every point.
public struct ScoreResult: Sendable, Codable {
    /// The hall's one window reference type.
    public typealias WindowRef = WindowReference

    public struct CategoryLine: Sendable, Codable {
        public var id: String
        public var name: String
        public var cap: Double?
        /// Points lost after the cap (扣完为止).
        public var deducted: Double
        /// Points the items added up to before the cap.
        public var uncapped: Double
    }

    /// One event (or overdue day) behind a deduction.
    public struct TraceEvent: Sendable, Codable {
        public var id: Int64?
        public var date: String
        public var staff: String?
        public var count: Int
        public var serious: Bool
        public var note: String?
    }

    public struct Deduction: Sendable, Codable {
        public var item: String
        public var name: String
        public var category: String
        public var count: Int
        /// The item's unit (`overdue_working_day`...), for "N个工作日"; absent in results published before it.
        public var unit: String?
        public var seriousCount: Int
        public var points: Double
        public var clause: String
        public var sideEffects: [String]
        public var events: [TraceEvent]
    }

    public struct WindowResult: Sendable, Codable {
        public var window: WindowRef
        public var score: Double
        public var base: Double
        public var bonus: Double
        public var bonusLevel: String?
        public var categories: [CategoryLine]
        public var deductions: [Deduction]
        public var rank: Int
        /// True when other windows share this place after every tie-breaker.
        public var tied: Bool?
        /// Cases completed in the period (from the ledger), when the scheme breaks ties by them.
        public var casesHandled: Int?
        /// The window's 满意率 in the period (a fraction, from its ratings), when the scheme breaks ties by it.
        public var satisfaction: Double?
        public var grade: String?
        public var outcomes: [String]
        public var redFlag: Bool
        public var rectify: Bool
        /// For roll-ups: the score of each period it was built from.
        public var periods: [String: Double]?
        /// Why this window did or did not get an outcome (a tie at the quota's edge...).
        public var notes: [String]?

        public var deducted: Double { categories.reduce(0) { $0 + $1.deducted } }
    }

    public var scheme: String
    public var schemeName: String
    public var period: String
    public var windows: [WindowResult]
    /// The outcomes applied, with their names, for readers of the report.
    public var outcomeNames: [String: String]
    /// Grade ids with their names.
    public var gradeNames: [String: String] = [:]
    /// How ties were broken and what a quota did with them, for every reader of the report.
    public var notes: [String]? = nil
}
