import Foundation

/// Dates of the lunar festivals in a Gregorian year, from Foundation's Chinese calendar.
///
/// Only years within `supportedYears` are computed: the solar-term formula and the checks
/// against published arrangements cover 1901-2099, and nothing outside is ever needed by a hall.
public enum ChineseLunarDates {
    public static let supportedYears = 1901...2099

    public struct OutOfRange: Error, Equatable, CustomStringConvertible {
        public var year: Int

        public init(year: Int) { self.year = year }

        public var description: String {
            "无法推算\(year)年的农历节日：仅支持\(supportedYears.lowerBound)-\(supportedYears.upperBound)年"
        }
    }

    /// 农历除夕: the day before 正月初一 (always late January to mid February).
    public static func newYearsEve(in year: Int) throws(OutOfRange) -> CivilDate {
        try date(month: 1, day: 1, in: year, searchingFrom: (1, 20), days: 35).adding(days: -1)
    }

    /// 端午节, 农历五月初五.
    public static func dragonBoat(in year: Int) throws(OutOfRange) -> CivilDate {
        try date(month: 5, day: 5, in: year, searchingFrom: (5, 25), days: 35)
    }

    /// 中秋节, 农历八月十五.
    public static func midAutumn(in year: Int) throws(OutOfRange) -> CivilDate {
        try date(month: 8, day: 15, in: year, searchingFrom: (9, 5), days: 40)
    }

    /// The day of the given lunar month and day (not a leap month) within a window of the year.
    private static func date(
        month: Int, day: Int, in year: Int, searchingFrom start: (month: Int, day: Int), days: Int
    ) throws(OutOfRange) -> CivilDate {
        guard supportedYears.contains(year), let first = CivilDate(year: year, month: start.month, day: start.day)
        else { throw OutOfRange(year: year) }
        var chinese = Calendar(identifier: .chinese)
        let zone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600) ?? .current
        chinese.timeZone = zone
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = zone
        for offset in 0..<days {
            let civil = first.adding(days: offset)
            // Noon, so no zone or daylight rule can move the moment to another day.
            let parts = DateComponents(year: civil.year, month: civil.month, day: civil.day, hour: 12)
            guard let moment = gregorian.date(from: parts) else { continue }
            let lunar = chinese.dateComponents([.month, .day, .isLeapMonth], from: moment)
            if lunar.month == month, lunar.day == day, lunar.isLeapMonth != true { return civil }
        }
        throw OutOfRange(year: year)
    }
}
