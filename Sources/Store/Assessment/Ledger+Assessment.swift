import Catalog
import GRDB

extension Ledger {
    /// Every overdue working day of every case up to `day`, by window, for the assessment.
    public func overdueDaysByWindow(through day: CivilDate) throws(LedgerError) -> [Int: [(
        day: CivilDate, caseID: Int64
    )]] {
        var result: [Int: [(day: CivilDate, caseID: Int64)]] = [:]
        for item in try overdue(asOf: day).cases {
            guard let window = item.window else { continue }
            result[window, default: []] += item.overdueDays.map { ($0, item.id) }
        }
        return result
    }

    /// The day each case was completed (办结), by window, up to `day`: the "more cases handled"
    /// tie-breaker counts them per period.
    public func completionDaysByWindow(through day: CivilDate) throws(LedgerError) -> [Int: [CivilDate]] {
        let rows = try database.read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT window_number, substr(completed_at, 1, 10) AS day FROM ledger_case "
                    + "WHERE status = 'completed' AND completed_at IS NOT NULL AND substr(completed_at, 1, 10) <= ?",
                arguments: [day.description]
            ).map { (window: $0["window_number"] as Int, day: $0["day"] as String) }
        }
        var result: [Int: [CivilDate]] = [:]
        for row in rows {
            guard let date = CivilDate(row.day) else { continue }
            result[row.window, default: []].append(date)
        }
        return result
    }
}
