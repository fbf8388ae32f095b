/// A local date and time of the hall (minutes precision), for acceptance times and hour limits.
public struct CivilDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var date: CivilDate
    /// Minutes after midnight, 0..<1440.
    public var minuteOfDay: Int

    public init(date: CivilDate, minuteOfDay: Int) {
        self.date = date
        self.minuteOfDay = minuteOfDay
    }

    /// Parses `YYYY-MM-DD` (midnight) or `YYYY-MM-DDTHH:MM`.
    public init?(_ text: String) {
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count <= 2, let date = CivilDate(String(parts[0])) else { return nil }
        var minutes = 0
        if parts.count == 2 {
            let clock = parts[1].split(separator: ":", omittingEmptySubsequences: false)
            guard clock.count == 2, clock[0].count == 2, clock[1].count == 2, let hour = Int(clock[0]),
                let minute = Int(clock[1]), (0...23).contains(hour), (0...59).contains(minute)
            else { return nil }
            minutes = hour * 60 + minute
        }
        self.init(date: date, minuteOfDay: minutes)
    }

    public func adding(hours: Int) -> CivilDateTime {
        let total = minuteOfDay + hours * 60
        let days = total >= 0 ? total / 1440 : (total - 1439) / 1440
        return CivilDateTime(date: date.adding(days: days), minuteOfDay: total - days * 1440)
    }

    /// Whole hours from `self` to `later`, rounded up (a started hour counts).
    public func hours(until later: CivilDateTime) -> Int {
        let minutes = (later.date.dayNumber - date.dayNumber) * 1440 + later.minuteOfDay - minuteOfDay
        return minutes <= 0 ? 0 : (minutes + 59) / 60
    }

    public var clock: String {
        let hour = minuteOfDay / 60
        let minute = minuteOfDay % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    /// `YYYY-MM-DDTHH:MM`
    public var description: String { "\(date)T\(clock)" }

    public static func < (lhs: CivilDateTime, rhs: CivilDateTime) -> Bool {
        (lhs.date, lhs.minuteOfDay) < (rhs.date, rhs.minuteOfDay)
    }
}
