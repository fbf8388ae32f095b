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
    /// `details: false` leaves out who was involved, who recorded it and the note (empty), which
    /// only traces show: a window's score without traces needs none of them.
    public func events(from first: CivilDate?, through last: CivilDate?, details: Bool = true) throws(LedgerError)
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
        let columns =
            details
            ? "id, date, window_number, staff, item, count, serious, note, recorded_by, post"
            : "id, date, window_number, '', item, count, serious, NULL, '', NULL"
        let sql = "SELECT \(columns) FROM assessment_event\(filter) ORDER BY date, id"
        let bound = StatementArguments(arguments)
        return try database.read { db in
            var events: [AssessmentEvent] = []
            // Read by column index: no per-row key conversion or decoding of a record.
            let rows = try Row.fetchCursor(db, sql: sql, arguments: bound)
            while let row = try rows.next() {
                guard let date = CivilDate(row[1] as String) else { continue }
                events.append(
                    AssessmentEvent(
                        id: row[0], date: date, window: row[2], staff: row[3], item: row[4], count: row[5],
                        serious: row[6], note: row[7], recordedBy: row[8],
                        post: (row[9] as String?).flatMap(Post.init(rawValue:))))
            }
            return events
        }
    }
}
