import Foundation

/// The hall's "now": the wall-clock time in the hall's own time zone (`hall.time_zone`),
/// whatever the machine's `TZ`, so a server in a UTC container dates an acceptance and computes
/// a due date as a terminal in the hall does. No ledger operation may be dated later.
public struct HallClock: Sendable {
    /// How far an operation may be dated after the clock: a window terminal running a few
    /// minutes fast, or a clerk rounding 09:38 up to 09:45, is not time travel.
    public static let allowedSkewMinutes = 15

    /// The zone of a hall that names none: the catalog is a Chinese university's, whose
    /// calendar (statutory holidays, 调休) is Beijing time's.
    public static let defaultTimeZoneIdentifier = "Asia/Shanghai"

    static let defaultZone = zone(named: defaultTimeZoneIdentifier) ?? .current

    /// Beijing time's names, at UTC+8 with no daylight saving since 1991: known even where the
    /// system has no time zone database (a slim container), so the shipped hall loads there too.
    static let beijingTimeNames: Set<String> = ["Asia/Shanghai", "Asia/Chongqing", "Asia/Harbin", "PRC"]

    /// The zone `name` (an IANA name) stands for, nil when neither the system nor Beijing time's
    /// names know it.
    public static func zone(named name: String) -> TimeZone? {
        TimeZone(identifier: name) ?? (beijingTimeNames.contains(name) ? TimeZone(secondsFromGMT: 8 * 3600) : nil)
    }

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

    /// The machine's clock read in `zone` (never in the machine's own zone).
    public static func system(in zone: TimeZone) -> HallClock {
        HallClock { CivilDateTime(Date(), in: zone) }
    }
}

extension CivilDateTime {
    /// The wall-clock minute `instant` shows in `zone`.
    public init(_ instant: Date, in zone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        let date = CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
        self.init(
            date: date ?? CivilDate(dayNumber: 0), minuteOfDay: (parts.hour ?? 0) * 60 + (parts.minute ?? 0))
    }
}

extension Hall {
    /// The hall's time zone: `time_zone`, or Asia/Shanghai when it names none (an unknown name is
    /// an error of `onestop check`, so a loaded catalog's name is known).
    public var zone: TimeZone {
        timeZone.flatMap(HallClock.zone(named:)) ?? HallClock.defaultZone
    }
}

extension Catalog {
    /// The hall's clock: the machine's time read in the hall's zone.
    public var clock: HallClock {
        .system(in: hall?.zone ?? HallClock.defaultZone)
    }
}
