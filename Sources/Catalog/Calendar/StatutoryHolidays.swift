/// The holidays the law itself fixes (《全国年节及纪念日放假办法》, revised November 2024, in force
/// 2025-01-01): 元旦 1 day, 春节 4 days from 除夕, 清明节 1, 劳动节 2, 端午节 1, 中秋节 1, 国庆节 3.
///
/// Without the State Council's yearly notice this is all that is known of a year: no 调休
/// working days, no bridged days, no 补假 (the law says a holiday on a weekend is made up on a
/// working day, but not which one). A calendar built on it is provisional.
public enum StatutoryHolidays {
    /// Years the 2024 revision governs and the computation supports.
    public static let years = 2025...ChineseLunarDates.supportedYears.upperBound

    /// Every statutory holiday of `year`, with its name.
    public static func days(in year: Int) throws(ChineseLunarDates.OutOfRange) -> [CivilDate: String] {
        guard years.contains(year) else { throw ChineseLunarDates.OutOfRange(year: year) }
        var days: [CivilDate: String] = [:]
        // 中秋 last: when it falls within 国庆 (2028-10-03) the day is named for the festival of the day itself.
        for festival in StatutoryFestival.allCases.filter({ $0 != .midAutumn }) + [.midAutumn] {
            for day in try festival.ownDays(in: year) { days[day] = festival.rawValue }
        }
        return days
    }
}
