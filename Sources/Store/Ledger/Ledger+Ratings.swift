import Assessment
import Catalog
import GRDB

/// Reads of the ratings (好差评), for the ratings pages and the quality report (issue 13).
extension Ledger {
    /// The ratings given on the days of `period` (by `rated_at`), of one window or all, oldest first.
    public func ratings(in period: Period, window: Int? = nil) throws(LedgerError) -> [RatingRecord] {
        guard let first = period.months.first?.first, let last = period.months.last?.last else { return [] }
        return try ratings(from: first, through: last, window: window)
    }

    /// The ratings given in the `days` days ending on `through` (that day included), oldest first.
    public func ratings(days: Int, through: CivilDate, window: Int? = nil) throws(LedgerError) -> [RatingRecord] {
        guard days > 0 else { return [] }
        return try ratings(from: through.adding(days: -(days - 1)), through: through, window: window)
    }

    /// The ratings given from `from` through `through` (both days included), oldest first.
    public func ratings(from: CivilDate, through: CivilDate, window: Int? = nil) throws(LedgerError)
        -> [RatingRecord]
    {
        let start = from.description
        let end = through.description
        return try read { db in
            var request = RatingRecord.filter(
                sql: "substr(rated_at, 1, 10) BETWEEN ? AND ?", arguments: [start, end])
            if let window { request = request.filter(RatingRecord.Columns.windowNumber == window) }
            return try request.order(RatingRecord.Columns.ratedAt, Column("id")).fetchAll(db)
        }
    }

    /// The rating of a case, if it has one.
    public func rating(of caseId: Int64) throws(LedgerError) -> RatingRecord? {
        try read { db in try RatingRecord.filter(RatingRecord.Columns.caseId == caseId).fetchOne(db) }
    }
}
