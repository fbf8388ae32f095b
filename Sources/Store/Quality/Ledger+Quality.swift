import Catalog
import GRDB

/// The quality report's figures, read from the ledger: closed cases with their faults, and the
/// ratings of the `rating` table, except those whose appeal the director upheld (found unfounded).
extension Ledger {
    /// Each window's figures for the days `from` through `through`; windows with nothing to
    /// count are absent.
    public func qualityFigures(from: CivilDate, through: CivilDate) throws(LedgerError) -> [Int: QualityFigures] {
        try read(Self.qualityReading(from: from, through: through, satisfied: satisfiedLevelIDs))
    }

    /// `qualityFigures` without blocking the caller's thread on SQLite.
    public func qualityFigures(from: CivilDate, through: CivilDate) async throws(LedgerError) -> [Int: QualityFigures] {
        try await read(Self.qualityReading(from: from, through: through, satisfied: satisfiedLevelIDs))
    }

    /// The stored ids of the levels the hall's file counts as satisfied.
    private var satisfiedLevelIDs: Set<String> {
        Set(catalog.ratingRules.satisfiedLevels.compactMap { RatingRecord.Level(text: $0)?.rawValue })
    }

    static func qualityReading(from: CivilDate, through: CivilDate, satisfied: Set<String>)
        -> @Sendable (Database) throws -> [Int: QualityFigures]
    {
        let start = from.description
        let end = through.adding(days: 1).description  // times are compared as text, "YYYY-MM-DDTHH:MM"
        return { db in
            var figures: [Int: QualityFigures] = [:]
            for row in try Row.fetchAll(db, sql: closedCasesSQL, arguments: ["start": start, "end": end]) {
                let window: Int = row["window_number"]
                var entry = figures[window] ?? QualityFigures(window: window)
                entry.count(closedCase: row)
                figures[window] = entry
            }
            let ratings = try Row.fetchAll(
                db,
                sql: """
                    SELECT window_number, level, COUNT(*) AS n FROM rating
                    WHERE rated_at >= :start AND rated_at < :end
                      AND id NOT IN (SELECT rating_id FROM rating_follow_up WHERE decision = 'upheld')
                    GROUP BY window_number, level
                    """, arguments: ["start": start, "end": end])
            for row in ratings {
                let window: Int = row["window_number"]
                let level: String = row["level"]
                let count: Int = row["n"]
                figures[window, default: QualityFigures(window: window)].ratings[level, default: 0] += count
                if satisfied.contains(level) { figures[window]?.satisfiedRatings += count }
            }
            return figures
        }
    }

    /// Closed cases of the days, each with the three faults the accuracy rate counts.
    private static let closedCasesSQL = """
        SELECT c.id, c.window_number, c.status, c.submitted_at, c.completed_at, c.due,
            EXISTS (SELECT 1 FROM audit a
                WHERE a.entity = 'case' AND a.entity_id = c.id AND a.action LIKE 'pause%') AS corrected,
            EXISTS (SELECT 1 FROM complaint p
                WHERE p.student_number = c.student_number AND p.window_number = c.window_number
                AND p.received_at >= c.submitted_at AND p.received_at < :end) AS complained,
            EXISTS (SELECT 1 FROM ledger_case r
                WHERE r.id <> c.id AND r.student_number = c.student_number AND r.service_id = c.service_id
                AND r.window_number = c.window_number
                AND r.submitted_at >= COALESCE(c.completed_at, c.refused_at) AND r.submitted_at < :end) AS reworked
        FROM ledger_case c
        WHERE (c.status = 'completed' AND c.completed_at >= :start AND c.completed_at < :end)
            OR (c.status = 'refused' AND c.refused_at >= :start AND c.refused_at < :end)
        """
}

extension QualityFigures {
    mutating func count(closedCase row: Row) {
        closed += 1
        let corrected: Bool = row["corrected"]
        let complained: Bool = row["complained"]
        let reworked: Bool = row["reworked"]
        if corrected { self.corrected += 1 }
        if complained { self.complained += 1 }
        if reworked { self.reworked += 1 }
        if !corrected && !complained && !reworked { accurate += 1 }
        guard row["status"] as String == "completed", let completedAt: String = row["completed_at"] else {
            refused += 1
            return
        }
        completed += 1
        let due: String = row["due"]
        // A working-day limit is due on a day, an hour limit at a moment.
        if (due.count <= 10 ? String(completedAt.prefix(10)) : completedAt) <= due { completedOnTime += 1 }
        if let submitted = CivilDateTime(row["submitted_at"] as String), let done = CivilDateTime(completedAt) {
            handlingHours += max(0, submitted.hours(until: done))
        }
    }
}
