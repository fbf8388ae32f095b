import Catalog

/// An assessment scheme (考核方案) as written in rules/assessment/*.yaml.
public struct Scheme: Sendable {
    public enum Subject: String, Sendable { case window, person }

    public struct Item: Sendable {
        public var id: String
        public var name: String
        public var clause: String
        public var points: Double
        public var unit: String
        public var seriousExtra: Double?
        public var sideEffects: [String]
        public var fromLedger: String?
        public var location: SourceLocation
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
            case grade(String, consecutive: Int)
        }

        public var id: String
        public var name: String
        public var kind: String
        public var selector: Selector
        public var location: SourceLocation
    }

    public struct Rollup: Sendable {
        public var period: String
        public var method: String
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
        public var per: String
        public var atLeast: Int
        public var consequence: String
        public var amount: Double?
    }

    public var id: String
    public var name: String
    public var sourceDocument: String
    public var sourceDate: String?
    public var sourceNote: String?
    public var subject: Subject
    public var period: String
    public var base: Double
    public var categories: [Category]
    public var bonusCap: Double?
    public var bonusLevels: [BonusLevel]
    public var grades: [Grade]
    public var outcomes: [Outcome]
    public var rollups: [Rollup]
    public var ties: String
    public var demeritItems: [DemeritItem]
    public var thresholds: [Threshold]
    public var file: String
    public var location: SourceLocation

    public var items: [Item] { categories.flatMap(\.items) }

    /// Every id an event may name under this scheme: items, bonus levels and demerit items.
    public var eventItemIDs: Set<String> {
        Set(items.filter { $0.fromLedger == nil }.map(\.id) + bonusLevels.map(\.id) + demeritItems.map(\.id))
    }

    public func category(of item: String) -> Category? {
        categories.first { $0.items.contains { $0.id == item } }
    }

    /// The grade a score falls in: the highest whose minimum it reaches.
    public func grade(for score: Double) -> Grade? {
        grades.sorted { $0.minimum > $1.minimum }.first { score >= $0.minimum }
    }
}
