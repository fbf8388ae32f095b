import Assessment
import Catalog
import GRDB

extension EventBook {
    /// The events stored, of one period or all, in date order.
    public func list(period: Period? = nil) throws(LedgerError) -> [AssessmentEvent] {
        try events(from: period?.first, through: period?.last)
    }

    /// The events dated `first` through `last` (either open), in date order. The range is a
    /// WHERE on the date index, so scoring a month reads that month, not every year stored.
    public func events(from first: CivilDate?, through last: CivilDate?) throws(LedgerError)
        -> [AssessmentEvent]
    {
        var conditions: [String] = []
        var arguments: [String] = []
        if let first {
            conditions.append("date >= ?")
            arguments.append(first.description)
        }
        if let last {
            conditions.append("date <= ?")
            arguments.append(last.description)
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let sql =
            "SELECT id, date, window_number, staff, item, count, serious, note, recorded_by, post FROM assessment_event"
            + "\(filter) ORDER BY date, id"
        let bound = StatementArguments(arguments)
        // Read by column index: no per-row key conversion or decoding of a record.
        return try events(sql, bound) { row in
            CivilDate(row[1] as String).map { date in
                AssessmentEvent(
                    id: row[0], date: date, window: row[2], staff: row[3], item: row[4], count: row[5],
                    serious: row[6], note: row[7], recordedBy: row[8],
                    post: (row[9] as String?).flatMap(Post.init(rawValue:)))
            }
        }
    }

    /// The events dated `first` through `last` summed by day, window, item and seriousness: one
    /// event for each, its count the sum of theirs, without id, staff or note. A window's score
    /// without traces needs no more (a deduction counts an item's events and its serious ones, a
    /// bonus is awarded by its item), and SQLite sums a month of a busy year in about the time a
    /// bare query of it takes, where decoding each event cost more than the query.
    public func dailyTotals(from first: CivilDate, through last: CivilDate) throws(LedgerError) -> [AssessmentEvent] {
        let sql = """
            SELECT date, window_number, item, serious, SUM(count) FROM assessment_event
            WHERE date BETWEEN ? AND ? GROUP BY date, window_number, item, serious
            """
        let bound: StatementArguments = [first.description, last.description]
        return try events(sql, bound) { row in
            CivilDate(row[0] as String).map { date in
                AssessmentEvent(
                    date: date, window: row[1], staff: "", item: row[2], count: row[4], serious: row[3], recordedBy: "")
            }
        }
    }

    /// The events `sql` selects, each made from its row by `event` (a row it cannot read is
    /// left out, as a date not in the ledger's form).
    private func events(
        _ sql: String, _ arguments: StatementArguments, _ event: @escaping @Sendable (Row) -> AssessmentEvent?
    ) throws(LedgerError) -> [AssessmentEvent] {
        try database.read { db in
            var events: [AssessmentEvent] = []
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                if let made = event(row) { events.append(made) }
            }
            return events
        }
    }
}
