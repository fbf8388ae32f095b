import Catalog

/// A period to score: a month `2026-10`, a year `2026`, or a semester `2026-S1` (September 2026
/// to January 2027, the first semester of academic year 2026-2027) or `2026-S2` (February to
/// August 2027).
public struct Period: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable { case month, year, semester }

    public var kind: Kind
    public var text: String
    /// The months it covers, in order, as (year, month).
    public var months: [YearMonth]

    public struct YearMonth: Hashable, Sendable, Comparable, CustomStringConvertible {
        public var year: Int
        public var month: Int

        public init(year: Int, month: Int) {
            self.year = year
            self.month = month
        }

        public var first: CivilDate { CivilDate(year: year, month: month, day: 1)! }
        public var last: CivilDate { next.first.adding(days: -1) }
        public var next: YearMonth {
            month == 12 ? .init(year: year + 1, month: 1) : .init(year: year, month: month + 1)
        }
        public var previous: YearMonth {
            month == 1 ? .init(year: year - 1, month: 12) : .init(year: year, month: month - 1)
        }
        public var description: String { "\(year)-" + (month < 10 ? "0" : "") + "\(month)" }

        public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
    }

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let year = Int(parts[0]), parts[0].count == 4 else { return nil }
        switch parts.count {
        case 1:
            self.init(year: year)
        case 2 where parts[1] == "S1" || parts[1] == "S2":
            self.init(semesterOf: year, second: parts[1] == "S2")
        case 2:
            guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            self.init(month: YearMonth(year: year, month: month))
        default:
            return nil
        }
        self.text = text  // as typed
    }

    /// One month.
    public init(month: YearMonth) {
        kind = .month
        text = month.description
        months = [month]
    }

    /// A calendar year.
    public init(year: Int) {
        kind = .year
        text = String(year)
        months = (1...12).map { YearMonth(year: year, month: $0) }
    }

    /// A semester of the academic year that starts in September of `year`: the first (S1,
    /// September to January) or the second (S2, February to August of the next year).
    public init(semesterOf year: Int, second: Bool) {
        kind = .semester
        text = "\(year)-" + (second ? "S2" : "S1")
        months =
            second
            ? (2...8).map { YearMonth(year: year + 1, month: $0) }
            : [9, 10, 11, 12].map { YearMonth(year: year, month: $0) } + [YearMonth(year: year + 1, month: 1)]
    }

    public var first: CivilDate { months[0].first }
    public var last: CivilDate { months[months.count - 1].last }

    public func contains(_ date: CivilDate) -> Bool { first <= date && date <= last }

    /// The semester a month falls in.
    public static func semester(containing month: YearMonth) -> Period {
        let academicYear = month.month >= 9 ? month.year : month.year - 1
        return Period(semesterOf: academicYear, second: !(month.month >= 9 || month.month == 1))
    }

    /// The period of the same kind just before this one (a semester's predecessor, for
    /// "two consecutive semesters").
    public var previous: Period {
        switch kind {
        case .month: return Period(month: months[0].previous)
        case .year: return Period(year: months[0].year - 1)
        case .semester:
            // A first semester starts in September, a second in February of the next year.
            return Period(semesterOf: months[0].year - 1, second: months[0].month == 9)
        }
    }

    public var description: String { text }
}

/// A recorded finding (patrol, complaint, review...) that the assessment counts.
public struct AssessmentEvent: Sendable, Equatable, Encodable {
    public var id: Int64?
    public var date: CivilDate
    public var window: Int
    public var staff: String
    public var item: String
    public var count: Int
    public var serious: Bool
    public var note: String?
    public var recordedBy: String
    /// The staff member's post (A岗/B岗), when recorded.
    public var post: Post?

    public init(
        id: Int64? = nil, date: CivilDate, window: Int, staff: String, item: String, count: Int = 1,
        serious: Bool = false, note: String? = nil, recordedBy: String, post: Post? = nil
    ) {
        self.post = post
        self.id = id
        self.date = date
        self.window = window
        self.staff = staff
        self.item = item
        self.count = count
        self.serious = serious
        self.note = note
        self.recordedBy = recordedBy
    }

    enum Keys: String, CodingKey { case id, date, window, staff, post, item, count, serious, note, recordedBy }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(id, forKey: .id)
        try container.encode(date.description, forKey: .date)
        try container.encode(window, forKey: .window)
        try container.encode(staff, forKey: .staff)
        try container.encode(post?.rawValue, forKey: .post)
        try container.encode(item, forKey: .item)
        try container.encode(count, forKey: .count)
        try container.encode(serious, forKey: .serious)
        try container.encode(note, forKey: .note)
        try container.encode(recordedBy, forKey: .recordedBy)
    }
}
