import Catalog
import Foundation

/// The hall's "now", against which no ledger operation may be dated later. It is the machine's
/// local clock unless a front end fixes it (tests, a rehearsal on a copy of the ledger).
public struct HallClock: Sendable {
    /// How far an operation may be dated after the clock: a window terminal running a few
    /// minutes fast, or a clerk rounding 09:38 up to 09:45, is not time travel.
    public static let allowedSkewMinutes = 15

    private let reading: @Sendable () -> CivilDateTime

    public init(_ reading: @escaping @Sendable () -> CivilDateTime) {
        self.reading = reading
    }

    public func now() -> CivilDateTime { reading() }

    /// The latest moment an operation may be dated.
    public func latestAllowed() -> CivilDateTime {
        let now = now()
        let minutes = now.minuteOfDay + Self.allowedSkewMinutes
        return CivilDateTime(date: now.date.adding(days: minutes / 1440), minuteOfDay: minutes % 1440)
    }

    /// A clock that always reads `moment`.
    public static func fixed(_ moment: CivilDateTime) -> HallClock { HallClock { moment } }

    /// The machine's clock, in its time zone (the hall's local time).
    public static let system = HallClock {
        let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: Date())
        let date = CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
        return CivilDateTime(
            date: date ?? CivilDate(dayNumber: 0), minuteOfDay: (parts.hour ?? 0) * 60 + (parts.minute ?? 0))
    }
}
