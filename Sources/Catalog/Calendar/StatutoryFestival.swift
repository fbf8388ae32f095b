/// The seven festivals a State Council notice arranges, by the names it uses.
public enum StatutoryFestival: String, CaseIterable, Sendable {
    case newYear = "元旦"
    case springFestival = "春节"
    case qingming = "清明节"
    case labourDay = "劳动节"
    case dragonBoat = "端午节"
    case midAutumn = "中秋节"
    case nationalDay = "国庆节"

    /// The days the law gives the festival itself (2024 revision), which name the day within a
    /// combined break such as 国庆节、中秋节.
    public func ownDays(in year: Int) throws(ChineseLunarDates.OutOfRange) -> [CivilDate] {
        func fixed(_ month: Int, _ day: Int, count: Int) throws(ChineseLunarDates.OutOfRange) -> [CivilDate] {
            guard let first = CivilDate(year: year, month: month, day: day) else {
                throw ChineseLunarDates.OutOfRange(year: year)
            }
            return (0..<count).map { first.adding(days: $0) }
        }
        switch self {
        case .newYear: return try fixed(1, 1, count: 1)
        case .springFestival:
            let eve = try ChineseLunarDates.newYearsEve(in: year)
            return (0..<4).map { eve.adding(days: $0) }
        case .qingming: return [try SolarTerms.qingming(in: year)]
        case .labourDay: return try fixed(5, 1, count: 2)
        case .dragonBoat: return [try ChineseLunarDates.dragonBoat(in: year)]
        case .midAutumn: return [try ChineseLunarDates.midAutumn(in: year)]
        case .nationalDay: return try fixed(10, 1, count: 3)
        }
    }
}
