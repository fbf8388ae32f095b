/// The solar term 清明 (the sun at 15° ecliptic longitude), by the usual century formula
/// `[Y × 0.2422 + C] − [Y / 4]` with Y the year within its century: C = 5.59 for 1901-2000 and
/// 4.81 for 2001-2099 (no known exception for 清明 in these years).
public enum SolarTerms {
    public static func qingming(in year: Int) throws(ChineseLunarDates.OutOfRange) -> CivilDate {
        guard ChineseLunarDates.supportedYears.contains(year) else { throw ChineseLunarDates.OutOfRange(year: year) }
        let inCentury = year <= 2000 ? year - 1900 : year - 2000
        let constant = year <= 2000 ? 5.59 : 4.81
        let day = Int((Double(inCentury) * 0.2422 + constant).rounded(.down)) - inCentury / 4
        guard let date = CivilDate(year: year, month: 4, day: day) else {
            throw ChineseLunarDates.OutOfRange(year: year)
        }
        return date
    }
}
