import Catalog

/// Person schemes (湖南工业大学 annex 3): demerits per person, and what follows from them.
public struct DemeritCounter: Sendable {
    public struct Person: Sendable, Encodable {
        public var staff: String
        public var window: Int
        public var demerits: Int
        /// Yuan per hour off the student assistant's wage this month (0 when none).
        public var wageCut: Double
        public var dismissalRecommended: Bool
        /// Demerits in the semester up to the end of the period.
        public var semesterDemerits: Int
        public var events: [ScoreResult.TraceEvent]
    }

    public struct Result: Sendable, Encodable {
        public var scheme: String
        public var schemeName: String
        public var period: String
        public var people: [Person]
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
            let monthly = period.months.map { month in
                own.filter { month.first <= $0.date && $0.date <= month.last }.reduce(0) { $0 + $1.count }
            }
            let cut = scheme.thresholds.filter { $0.per == "month" && $0.consequence == "wage_cut" }
                .reduce(0.0) { total, threshold in
                    total + Double(monthly.filter { $0 >= threshold.atLeast }.count) * (threshold.amount ?? 0)
                }
            let semesterCount = semesterToDate.reduce(0) { $0 + $1.count }
            let dismissal = scheme.thresholds.contains {
                $0.per == "semester" && $0.consequence == "dismissal" && semesterCount >= $0.atLeast
            }
            people.append(
                Person(
                    staff: key.staff, window: key.window, demerits: inPeriod.reduce(0) { $0 + $1.count }, wageCut: cut,
                    dismissalRecommended: dismissal, semesterDemerits: semesterCount,
                    events: inPeriod.map {
                        .init(
                            id: $0.id, date: $0.date.description, staff: $0.staff, count: $0.count, serious: $0.serious,
                            note: $0.note)
                    }))
        }
        return Result(
            scheme: scheme.id, schemeName: scheme.name, period: period.text,
            people: people.filter { $0.demerits > 0 || $0.dismissalRecommended })
    }

    private struct Key: Hashable {
        var staff: String
        var window: Int
    }
}
