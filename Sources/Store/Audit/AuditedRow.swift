import GRDB

/// The stored row an audit entry is about, with its digests before and after the change. The
/// row is the one `after` (else `before`) is a record of; values that are not records of an
/// audited table (a disclosure's reason) name no row, and their entries are chained only.
struct AuditedRow {
    var table: AuditedTable
    var key: String
    /// The row as stored before the change; nil for a new row, or when `before` is another row.
    var beforeDigest: String?
    /// The row as the change leaves it: the stored row with `after`'s columns written over it.
    var afterDigest: String?

    init?(_ db: Database, before: (any Encodable)?, after: (any Encodable)?) throws {
        let old = try Self.record(before)
        let new = try Self.record(after)
        guard let (table, values) = new ?? old else { return nil }
        self.table = table
        key = RowDigest.key(values, primaryKey: table.primaryKey)
        if table == .importBatch, let id = values["id"].flatMap(Int64.fromDatabaseValue) {
            try ImportBatchDigest.seal(db, batch: id)
        }
        let stored = try Self.storedRow(db, table: table, values: values)?.columnValues
        if let old, old.table == table, RowDigest.key(old.values, primaryKey: table.primaryKey) == key,
            let stored
        {
            beforeDigest = RowDigest.digest(table: table.rawValue, stored)
        }
        if let new {
            afterDigest = RowDigest.digest(
                table: table.rawValue, (stored ?? [:]).merging(new.values) { _, written in written })
        }
    }

    private static func record(_ value: (any Encodable)?) throws -> (
        table: AuditedTable, values: [String: DatabaseValue]
    )? {
        guard let record = value as? any (EncodableRecord & TableRecord),
            let table = AuditedTable(rawValue: type(of: record).databaseTableName)
        else { return nil }
        return (table, try record.databaseDictionary)
    }

    private static func storedRow(_ db: Database, table: AuditedTable, values: [String: DatabaseValue]) throws -> Row? {
        let condition = table.primaryKey.map { "\($0) = ?" }.joined(separator: " AND ")
        return try Row.fetchOne(
            db, sql: "SELECT * FROM \(table.rawValue) WHERE \(condition)",
            arguments: StatementArguments(table.primaryKey.map { values[$0] ?? .null }))
    }
}
