import Catalog

/// Person schemes (湖南工业大学 annex 3): demerits per person, and what follows from them.
public struct DemeritCounter: Sendable {
    public struct Person: Sendable, Codable {
        public var staff: String
        public var window: Int
        /// The post recorded on the person's latest event (A岗/B岗), if any.
        public var post: Post?
        public var demerits: Int
        /// Yuan per hour off the wage in each month it applies to (0 when none).
        public var wageCut: Double
        /// The months of the period whose wage is cut (`YYYY-MM`).
        public var wageCutMonths: [String]
        /// What the reader must know: a wage cut not decided because the post is not recorded...
        public var notes: [String]
        public var dismissalRecommended: Bool
        /// Demerits in the semester up to the end of the period.
        public var semesterDemerits: Int
        public var events: [ScoreResult.TraceEvent]
    }

    public struct Result: Sendable, Codable {
        public var scheme: String
        public var schemeName: String
        public var period: String
        /// Month, semester or year: a month's view says 当月, a longer one names the months.
        public var periodKind: String
        public var people: [Person]
        /// The period's 阳光窗口 standing, for a scheme that declares `sunshine`; absent in
        /// results published before it existed.
        public var sunshine: SunshineStanding? = nil
    }

    public let scheme: Scheme
    public let events: [AssessmentEvent]

    public init(scheme: Scheme, events: [AssessmentEvent]) {
        self.scheme = scheme
        self.events = events.filter { event in scheme.demeritItems.contains { $0.id == event.item } }
    }

    public func count(_ period: Period) -> Result {
        let semester = Period.semester(containing: period.months[period.months.count - 1])
        var people: [Person] = []
        let keys = Set(
            events.filter { semester.contains($0.date) || period.contains($0.date) }.map {
                Key(staff: $0.staff, window: $0.window)
            })
        for key in keys.sorted(by: { ($0.window, $0.staff) < ($1.window, $1.staff) }) {
            let own = events.filter { $0.staff == key.staff && $0.window == key.window }
            let inPeriod = own.filter { period.contains($0.date) }
            let semesterToDate = own.filter { semester.contains($0.date) && $0.date <= period.last }
            let post = own.last { $0.post != nil }?.post
            var notes: [String] = []
            var cuts: [(month: String, amount: Double)] = []
            for month in period.months {
                let count = own.filter { month.first <= $0.date && $0.date <= month.last }.totalCount
                var amount = 0.0
                for threshold in scheme.thresholds
                where threshold.per == .month && threshold.consequence == .wageCut && count >= threshold.atLeast {
                    guard let required = threshold.post, required != post else {
                        amount += threshold.amount ?? 0
                        continue
                    }
                    if post == nil {
                        notes.append(
                            "\(month) 记过\(count)次；“\(threshold.name)”只适用于\(required.name)，事件未登记岗位（post 列），未作工资调整")
                    }
                }
                if amount > 0 { cuts.append((month.description, amount)) }
            }
            let semesterCount = semesterToDate.totalCount
            let dismissal = scheme.thresholds.contains {
                $0.per == .semester && $0.consequence == .dismissal && semesterCount >= $0.atLeast
            }
            people.append(
                Person(
                    staff: key.staff, window: key.window, post: post, demerits: inPeriod.totalCount,
                    wageCut: cuts.map(\.amount).max() ?? 0, wageCutMonths: cuts.map(\.month), notes: notes,
                    dismissalRecommended: dismissal, semesterDemerits: semesterCount,
                    events: inPeriod.map {
                        .init(
                            id: $0.id, date: $0.date.description, staff: $0.staff, count: $0.count, serious: $0.serious,
                            note: $0.note)
                    }))
        }
        return Result(
            scheme: scheme.id, schemeName: scheme.name, period: period.text, periodKind: period.kind.rawValue,
            people: people.filter { $0.demerits > 0 || $0.dismissalRecommended })
    }

    private struct Key: Hashable {
        var staff: String
        var window: Int
    }
}
