import GRDB

/// The hash chain over the audit trail: each entry's `hash` is SHA-256 of the hash of the entry
/// before it and of the entry's own canonical form (every column but `hash`, its id included),
/// so an entry edited, removed, inserted or moved no longer fits. Anyone can recompute SHA-256,
/// so the chain proves nothing on its own against someone who rewrites all of it: the head is
/// noted elsewhere and checked later (`AuditAnchor`).
enum AuditChain {
    /// What the first entry is chained to.
    static let genesis = ""

    static func hash(previous: String, _ values: [String: DatabaseValue]) -> String {
        RowDigest.sha256(previous + "\n" + RowDigest.canonical(table: "audit", values.filter { $0.key != "hash" }))
    }

    /// Inserts the entry with the next id and its hash; the id is given, not left to SQLite, as
    /// it is part of what is hashed.
    static func append(_ db: Database, _ values: [String: DatabaseValue]) throws {
        let last = try Row.fetchOne(db, sql: "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1")
        let sequence = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'audit'") ?? 0
        var values = values
        values["id"] = (max(last?["id"] ?? 0, sequence) + 1).databaseValue
        values["hash"] = hash(previous: last?["hash"] ?? genesis, values).databaseValue
        let columns = values.keys.sorted()
        try db.execute(
            sql: "INSERT INTO audit (\(columns.joined(separator: ", "))) VALUES ("
                + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")",
            arguments: StatementArguments(columns.map { values[$0] ?? .null }))
    }
}
