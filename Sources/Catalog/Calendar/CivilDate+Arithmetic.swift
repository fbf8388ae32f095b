/// Day arithmetic on civil dates (proleptic Gregorian), without Foundation's time zones.
extension CivilDate {
    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let shifted = dayNumber + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.year = year
        self.month = month
        self.day = day
    }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// 1 = Monday ... 7 = Sunday (ISO 8601).
    public var weekday: Int {
        let value = (dayNumber + 3) % 7
        return (value < 0 ? value + 7 : value) + 1
    }

    public var isWeekend: Bool { weekday >= 6 }

    /// `monday` ... `sunday`, as the hall's opening hours name them.
    public var weekdayName: String {
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"][weekday - 1]
    }

    /// `星期一` ... `星期日`
    public var chineseWeekday: String {
        ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"][weekday - 1]
    }

    /// `2026年10月9日`
    public var chinese: String { "\(year)年\(month)月\(day)日" }
}
