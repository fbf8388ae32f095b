import Foundation
import GRDB

extension CaseStaging {
    /// What the ledger took from the staged rows.
    struct Taken {
        var batch: ImportBatchRecord?
        var rows: Int
        /// Lines of staged rows that repeat a case already in the ledger, and those of them
        /// with a completion time the ledger lacks.
        var repeatedLines: [Int]
        var repeatedWithNewCompletion: [Int]
    }

    /// Moves the staged rows into the ledger in one short transaction of `db` (a connection
    /// outside any transaction): rows repeating a case already there are set aside (unless
    /// repeats are allowed), the rest go in with `batch` and its audit entry, or nothing does.
    func take(into db: Database, batch template: ImportBatchRecord) throws -> Taken {
        try db.execute(sql: "ATTACH DATABASE ? AS staging", arguments: [path])
        defer { try? db.execute(sql: "DETACH DATABASE staging") }
        var taken = Taken(batch: nil, rows: 0, repeatedLines: [], repeatedWithNewCompletion: [])
        try db.inTransaction(.immediate) {
            if dropsRepeats { try markLedgerRepeats(db) }
            let repeats = try Row.fetchAll(
                db, sql: "SELECT line, new_completion FROM staging.ledger_repeat ORDER BY line")
            taken.repeatedLines = repeats.map { $0[0] }
            taken.repeatedWithNewCompletion = repeats.filter { $0[1] as Bool }.map { $0[0] }
            let fresh = rows - repeatedLines.count - repeats.count
            guard fresh > 0 else { return .commit }
            var batch = template
            batch.rows = fresh
            try batch.insert(db)
            let columns = Self.columns.joined(separator: ", ")
            try db.execute(
                sql: """
                    INSERT INTO main.ledger_case (\(columns), import_batch_id)
                    SELECT \(columns), ? FROM staging.staged_case
                    WHERE line NOT IN (SELECT line FROM staging.ledger_repeat) ORDER BY line
                    """, arguments: [batch.id])
            try seal(db, batch: batch.id ?? 0, fresh: fresh)
            let skipped = repeatedLines.count + repeats.count
            try AuditTrail.append(
                db, entity: "import_batch", id: batch.id ?? 0,
                action: "import \(fresh) cases" + (skipped == 0 ? "" : ", \(skipped) rows already in the ledger"),
                actor: batch.importedBy, at: batch.importedAt, before: ImportBatchRecord?.none, after: batch)
            taken.batch = batch
            taken.rows = fresh
            return .commit
        }
        return taken
    }

    /// Seals the batch from the digests taken before the lock, when they are of the rows just
    /// written (the ledger's columns are those staged, the ids one run); else the audit entry
    /// seals it from the stored rows, which is slower but the same digest.
    private func seal(_ db: Database, batch: Int64, fresh: Int) throws {
        let ledgerColumns = try db.columns(in: AuditedTable.ledgerCase.rawValue).map(\.name)
        guard RowDigest.digested(ledgerColumns, table: AuditedTable.ledgerCase.rawValue) == Self.columns.sorted(),
            let span = try Row.fetchOne(
                db, sql: "SELECT min(id), max(id), count(*) FROM ledger_case WHERE import_batch_id = ?",
                arguments: [batch]),
            let first: Int64 = span[0], let last: Int64 = span[1], span[2] == fresh, last - first + 1 == fresh
        else { return }
        let written = try Data.fetchCursor(
            db,
            sql: """
                SELECT digest FROM staging.staged_digest
                WHERE line NOT IN (SELECT line FROM staging.ledger_repeat) ORDER BY line
                """)
        let folded = try ImportBatchDigest.rows(table: .ledgerCase, firstID: first, digests: written)
        guard folded.count == fresh else { return }
        try ImportBatchDigest.seal(db, batch: batch, digest: folded.digest)
    }

    /// Staged rows whose case (student, service, submission time) is already in the ledger.
    /// The ledger's cases in the staged span are walked once, each looked up in the staged
    /// rows' key index, so the ledger needs no index of its own for it.
    private func markLedgerRepeats(_ db: Database) throws {
        guard let span else { return }
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO staging.ledger_repeat (line, new_completion)
                SELECT s.line, c.completed_at IS NULL AND s.completed_at IS NOT NULL
                FROM main.ledger_case AS c CROSS JOIN staging.staged_case AS s
                    ON s.student_number = c.student_number AND s.service_id = c.service_id
                    AND s.submitted_at = c.submitted_at
                WHERE c.submitted_at BETWEEN ? AND ?
                """, arguments: [span.first, span.last])
    }
}
