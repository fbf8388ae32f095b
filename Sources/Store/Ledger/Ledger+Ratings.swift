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

    /// One case by its number, or nil (a synchronous look-up for the rating pages).
    public func caseRecord(_ id: Int64) throws(LedgerError) -> CaseRecord? {
        try read { db in try CaseRecord.fetchOne(db, key: id) }
    }

    /// A window's cases closed (completed or refused) on `day` and not yet rated: the window's
    /// rating device lists them.
    public func closedUnrated(window: Int, on day: CivilDate) throws(LedgerError) -> [CaseRecord] {
        let text = day.description
        return try read { db in
            try CaseRecord.fetchAll(
                db,
                sql: """
                    SELECT * FROM ledger_case WHERE window_number = ? AND status IN ('completed', 'refused')
                    AND substr(coalesce(completed_at, refused_at), 1, 10) = ?
                    AND id NOT IN (SELECT case_id FROM rating) ORDER BY id
                    """, arguments: [window, text])
        }
    }
}
