import GRDB

/// What the trail says of each row it names: the last digest it became, the entry that last
/// named it, and its digest as imported (before its first audited change).
struct TrailIndex {
    var last: [AuditedTable: [String: (entry: Int64, digest: String)]] = [:]
    var named: [AuditedTable: [String: Int64]] = [:]
    var imported: [AuditedTable: [String: String]] = [:]

    mutating func add(_ entry: [String: DatabaseValue]) {
        guard let table = entry["row_table"].flatMap(String.fromDatabaseValue).flatMap(AuditedTable.init),
            let key = entry["row_key"].flatMap(String.fromDatabaseValue),
            let id = entry["id"].flatMap(Int64.fromDatabaseValue)
        else { return }
        named[table, default: [:]][key] = id
        if let after = entry["after_digest"].flatMap(String.fromDatabaseValue) {
            last[table, default: [:]][key] = (id, after)
        }
        if let before = entry["before_digest"].flatMap(String.fromDatabaseValue), imported[table]?[key] == nil {
            imported[table, default: [:]][key] = before
        }
    }
}

/// Every stored row of the audited tables against the trail: as its last entry left it, or
/// untouched in an import batch whose digest still covers it; nothing the trail names is gone.
struct StoredRowsCheck {
    let trail: TrailIndex

    func problems(_ db: Database) throws -> [AuditProblem] {
        let batches = Set(try Int64.fetchAll(db, sql: "SELECT id FROM import_batch"))
        var problems: [AuditProblem] = []
        for table in AuditedTable.allCases {
            let batched = AuditedTable.batched.contains(table)
            let rows = try Row.fetchCursor(
                db, sql: try table.rowsSQL(db, also: batched ? "import_batch_id" : nil, filter: "ORDER BY rowid"))
            var seen = Set<String>()
            while let row = try rows.next() {
                let key: String = row["row_key"]
                seen.insert(key)
                if let last = trail.last[table]?[key] {
                    if last.digest != RowDigest.sha256(row["canonical"]) {
                        problems.append(.rowChanged(row: table.name(key: key), entry: last.entry))
                    }
                } else if batched, let batch: Int64 = row["import_batch_id"], batches.contains(batch) {
                    continue  // vouched for by the batch's digest, checked below
                } else if trail.named[table]?[key] == nil {
                    problems.append(.rowUnrecorded(row: table.name(key: key)))
                }
            }
            for (key, entry) in (trail.named[table] ?? [:]).sorted(by: { $0.value < $1.value })
            where !seen.contains(key) {
                problems.append(.rowMissing(row: table.name(key: key), entry: entry))
            }
        }
        return problems + (try batchProblems(db))
    }

    private func batchProblems(_ db: Database) throws -> [AuditProblem] {
        var problems: [AuditProblem] = []
        let now = try ImportBatchDigest.all(db, imported: trail.imported)
        for batch in try Row.fetchAll(db, sql: "SELECT id, rows_digest FROM import_batch ORDER BY id") {
            let id: Int64 = batch["id"]
            guard let sealed: String = batch["rows_digest"] else {
                problems.append(.batchUnsealed(batch: id))
                continue
            }
            if (now[id] ?? ImportBatchDigest.empty) != sealed {
                problems.append(.batchChanged(batch: id))
            }
        }
        return problems
    }
}
