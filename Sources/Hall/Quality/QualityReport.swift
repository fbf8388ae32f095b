import Assessment
import Catalog
import Store

/// The hall's quality report for a period: each window's rates set against the hall's targets
/// (`hall.commitments`), the hall as a whole, and the months before it as a trend.
public struct QualityReport: Sendable {
    /// The three rates the hall promises.
    public enum Measure: String, Sendable, CaseIterable, Encodable {
        case onTimeRate = "on_time_rate"
        case accuracyRate = "accuracy_rate"
        case satisfactionRate = "satisfaction_rate"

        public var chinese: String {
            switch self {
            case .onTimeRate: "按时办结率"
            case .accuracyRate: "办事准确率"
            case .satisfactionRate: "满意率"
            }
        }
    }

    /// Targets as fractions (hall.yaml writes percentages); nil when the hall sets none.
    public struct Targets: Sendable, Equatable {
        public var onTimeRate: Double?
        public var accuracyRate: Double?
        public var satisfactionRate: Double?

        public init(onTimeRate: Double? = nil, accuracyRate: Double? = nil, satisfactionRate: Double? = nil) {
            self.onTimeRate = onTimeRate
            self.accuracyRate = accuracyRate
            self.satisfactionRate = satisfactionRate
        }

        public init(_ commitments: Hall.Commitments?) {
            self.init(
                onTimeRate: commitments?.onTimeRate.map { $0 / 100 },
                accuracyRate: commitments?.accuracyRate.map { $0 / 100 },
                satisfactionRate: commitments?.satisfactionRate.map { $0 / 100 })
        }

        public subscript(measure: Measure) -> Double? {
            switch measure {
            case .onTimeRate: onTimeRate
            case .accuracyRate: accuracyRate
            case .satisfactionRate: satisfactionRate
            }
        }
    }

    /// A rate below its target.
    public struct Shortfall: Sendable, Equatable, Encodable {
        public var measure: Measure
        public var name: String
        public var value: Double
        public var target: Double
    }

    /// One window's (or the hall's) figures and rates.
    public struct Line: Sendable {
        public var number: Int?
        public var name: String
        public var figures: QualityFigures
        public var shortfalls: [Shortfall]

        init(number: Int?, name: String, figures: QualityFigures, targets: Targets) {
            self.number = number
            self.name = name
            self.figures = figures
            shortfalls = Measure.allCases.compactMap { measure in
                guard let value = figures.rate(measure), let target = targets[measure], value < target - 1e-9
                else { return nil }
                return Shortfall(measure: measure, name: measure.chinese, value: value, target: target)
            }
        }

        public func rate(_ measure: Measure) -> Double? { figures.rate(measure) }
    }

    /// The hall's rates in one month.
    public struct Month: Sendable {
        public var month: String
        public var figures: QualityFigures
    }

    public var period: Period
    public var windows: [Line]
    public var hall: Line
    public var targets: Targets
    /// The months ending with the period's last, oldest first.
    public var trend: [Month]

    public static let trendMonths = 6
}

extension QualityFigures {
    /// 按时办结率: completed on time over completed; 办事准确率: closed without a fault over closed;
    /// 满意率: 非常满意+满意+基本满意 over all ratings. Nil when there is nothing to count.
    public func rate(_ measure: QualityReport.Measure) -> Double? { rate(named: measure.rawValue) }

    /// Average hours from submission to completion; nil without completed cases.
    public var averageHandlingHours: Double? {
        completed > 0 ? Double(handlingHours) / Double(completed) : nil
    }
}
