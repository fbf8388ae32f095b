import Foundation
import GRDB

/// Issue 10: a tamper-evident trail. Entries name the row they changed and carry its digests
/// before and after, and a hash chaining them; import batches carry a digest over their rows;
/// updates of cases, steps and follow-ups are refused unless the newest entry announces them.
/// Entries written before are chained here, and the newest entry of each row gets the row's
/// digest as it is stored now: the ledger as found at migration is taken as its truth.
enum AuditChainSchema {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: columns)
        try db.execute(sql: "DROP TRIGGER audit_is_append_only_update")
        for id in try Int64.fetchAll(db, sql: "SELECT id FROM import_batch ORDER BY id") {
            try ImportBatchDigest.seal(db, batch: id)
        }
        try chainExistingEntries(db)
        try db.execute(sql: triggers)
    }

    static let columns = """
        ALTER TABLE audit ADD COLUMN row_table TEXT;
        ALTER TABLE audit ADD COLUMN row_key TEXT;
        ALTER TABLE audit ADD COLUMN before_digest TEXT;
        ALTER TABLE audit ADD COLUMN after_digest TEXT;
        ALTER TABLE audit ADD COLUMN hash TEXT;
        CREATE INDEX audit_row ON audit(row_table, row_key);
        ALTER TABLE import_batch ADD COLUMN rows_digest TEXT;
        CREATE INDEX ledger_case_import_batch ON ledger_case(import_batch_id);
        CREATE INDEX assessment_event_import_batch ON assessment_event(import_batch_id);
        -- The newest audit entry that has been used to allow an update (one entry, one update).
        CREATE TABLE audit_permit (id INTEGER PRIMARY KEY CHECK (id = 1), used_through INTEGER NOT NULL);
        INSERT INTO audit_permit VALUES (1, coalesce((SELECT max(id) FROM audit), 0));
        """

    /// Names each old entry's row, digests the newest entry of each row, and chains them all.
    private static func chainExistingEntries(_ db: Database) throws {
        var stored: [AuditedTable: [String: String]] = [:]
        // Tables a later migration creates (fee adjustments) are not there yet, nor is any entry about them.
        for table in AuditedTable.allCases where try db.tableExists(table.rawValue) {
            var digests: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: try table.rowsSQL(db)) {
                digests[row["row_key"]] = RowDigest.sha256(row["canonical"])
            }
            stored[table] = digests
        }
        let entries = try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY id").map(\.columnValues)
        let targets = entries.map(legacyTarget)
        var newest: [String: Int] = [:]
        for (index, target) in targets.enumerated() {
            if let target { newest["\(target.table.rawValue) \(target.key)"] = index }
        }
        var previous = AuditChain.genesis
        for (index, var entry) in entries.enumerated() {
            if let target = targets[index] {
                entry["row_table"] = target.table.rawValue.databaseValue
                entry["row_key"] = target.key.databaseValue
                if newest["\(target.table.rawValue) \(target.key)"] == index {
                    entry["after_digest"] = stored[target.table]?[target.key].databaseValue
                }
            }
            let hash = AuditChain.hash(previous: previous, entry)
            try db.execute(
                sql: "UPDATE audit SET row_table = ?, row_key = ?, after_digest = ?, hash = ? WHERE id = ?",
                arguments: [entry["row_table"], entry["row_key"], entry["after_digest"], hash, entry["id"]])
            previous = hash
        }
    }

    /// The row an entry written before this migration was about, from its entity and action.
    private static func legacyTarget(_ entry: [String: DatabaseValue]) -> (table: AuditedTable, key: String)? {
        guard let entity = entry["entity"].flatMap(String.fromDatabaseValue),
            let id = entry["entity_id"].flatMap(Int64.fromDatabaseValue)
        else { return nil }
        let action = entry["action"].flatMap(String.fromDatabaseValue) ?? ""
        switch entity {
        case "case" where action.hasPrefix("step: "):
            let step = String(action.dropFirst("step: ".count))
            return (.caseStep, "case_id=\(id),step_id=\(RowDigest.literal(step.databaseValue))")
        case "case": return (.ledgerCase, "id=\(id)")
        case "referral": return (.referral, "id=\(id)")
        case "complaint": return (.complaint, "id=\(id)")
        case "repair": return (.repair, "id=\(id)")
        case "import_batch": return (.importBatch, "id=\(id)")
        case "published_score" where action.hasPrefix("correct "):
            guard let correction = jsonID(entry["after"].flatMap(String.fromDatabaseValue)) else { return nil }
            return (.publishedScoreCorrection, "id=\(correction)")
        case "published_score": return (.publishedScore, "id=\(id)")
        default: return nil
        }
    }

    private static func jsonID(_ json: String?) -> Int64? {
        guard let data = json?.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        return (object["id"] as? NSNumber)?.int64Value
    }

    /// Updates go through the audited path; import batches are sealed once and never change;
    /// the trail takes only chained entries, appended at its end.
    static var triggers: String {
        let guarded: [(table: String, key: [String], noun: String)] = [
            ("ledger_case", ["id"], "办件"), ("case_step", ["case_id", "step_id"], "办理环节"),
            ("referral", ["id"], "首问转办"), ("complaint", ["id"], "投诉"), ("repair", ["id"], "报修"),
        ]
        let updates = guarded.map { table, key, noun in
            """
            CREATE TRIGGER \(table)_audited_update BEFORE UPDATE ON \(table)
                WHEN NOT EXISTS (
                    SELECT 1 FROM audit
                    WHERE id = (SELECT max(id) FROM audit) AND id > (SELECT used_through FROM audit_permit)
                        AND before_digest IS NOT NULL AND row_table = '\(table)' AND row_key = \(RowDigest.keySQL(primaryKey: key, prefix: "OLD."))
                        AND row_key = \(RowDigest.keySQL(primaryKey: key, prefix: "NEW.")))
                BEGIN SELECT RAISE(ABORT, '\(noun)只能经由 onestop 的操作更改：每次更改先写审计记录'); END;
            CREATE TRIGGER \(table)_audited_update_used AFTER UPDATE ON \(table)
                BEGIN UPDATE audit_permit SET used_through = (SELECT max(id) FROM audit); END;
            """
        }
        return
            (updates + [
                """
                CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
                CREATE TRIGGER audit_is_chained BEFORE INSERT ON audit
                    WHEN NEW.hash IS NULL OR length(NEW.hash) <> 64
                        OR NEW.id <= coalesce((SELECT max(id) FROM audit), 0)
                    BEGIN SELECT RAISE(ABORT, '审计记录只能经由 onestop 追加：须带哈希并接在最后一条之后'); END;
                CREATE TRIGGER import_batch_sealed BEFORE UPDATE ON import_batch
                    WHEN OLD.rows_digest IS NOT NULL OR NEW.rows_digest IS NULL OR NEW.id IS NOT OLD.id
                        OR NEW.kind IS NOT OLD.kind OR NEW.file IS NOT OLD.file OR NEW.fingerprint IS NOT OLD.fingerprint
                        OR NEW.rows IS NOT OLD.rows OR NEW.imported_at IS NOT OLD.imported_at
                        OR NEW.imported_by IS NOT OLD.imported_by
                    BEGIN SELECT RAISE(ABORT, '导入批次写入后不再改变'); END;
                CREATE TRIGGER import_batch_no_delete BEFORE DELETE ON import_batch
                    BEGIN SELECT RAISE(ABORT, '导入批次不能删除'); END;
                """
            ]).joined(separator: "\n")
    }
}
