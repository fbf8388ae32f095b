import Catalog

/// Which periods, and so which days of events, scoring a period of a scheme reads.
extension Scheme {
    /// The kind of period the scheme scores directly; longer ones are roll-ups of it.
    var ownPeriodKind: Period.Kind { period == .month ? .month : .semester }

    /// The scheme's own periods a roll-up over `period` is built from.
    func parts(of period: Period) -> [Period] {
        if ownPeriodKind == .month { return period.months.map(Period.init(month:)) }
        let calendarYear = period.months[0].year
        return [Period(semesterOf: calendarYear - 1, second: true), Period(semesterOf: calendarYear, second: false)]
    }

    /// How many periods before one its "N in a row" outcomes look at.
    var lookBack: Int { outcomes.map { $0.consecutive - 1 }.max() ?? 0 }

    /// The first day whose events scoring `period` can use: that of its earliest part, stepped
    /// back as far as the outcomes look. No event after the period is used, so events outside
    /// these days need not be read.
    public func firstDayRead(for period: Period) -> CivilDate {
        var earliest = period.kind == ownPeriodKind ? period : parts(of: period).min { $0.first < $1.first } ?? period
        for _ in 0..<lookBack { earliest = earliest.previous }
        return min(earliest.first, period.first)
    }
}
