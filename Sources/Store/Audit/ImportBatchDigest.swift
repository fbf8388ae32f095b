import Crypto
import Foundation
import GRDB

/// An import batch's digest over its rows (cases or events) as imported: SHA-256 of each row's
/// digest in the order of their ids. An import writes one audit entry for the whole batch, so
/// this is what vouches for each imported row until its first audited change.
enum ImportBatchDigest {
    /// The digest over the batch's rows; `imported` gives a row's digest as it was imported when
    /// it has changed since (the first audited change's `before_digest`), else the row as stored is used.
    static func rows(
        _ db: Database, batch id: Int64, imported: (AuditedTable, String) -> String? = { _, _ in nil }
    ) throws -> String {
        var hasher = SHA256()
        for table in AuditedTable.batched {
            let rows = try Row.fetchCursor(
                db, sql: try table.rowsSQL(db, filter: "WHERE import_batch_id = ? ORDER BY rowid"), arguments: [id])
            while let row = try rows.next() {
                let key: String = row["row_key"]
                let digest = imported(table, key) ?? RowDigest.sha256(row["canonical"])
                hasher.update(data: Data("\(table.rawValue) \(digest)\n".utf8))
            }
        }
        return RowDigest.hex(hasher.finalize())
    }

    /// Stores the batch's digest once its rows are in; the first audit entry of a batch does it.
    static func seal(_ db: Database, batch id: Int64) throws {
        guard try Bool.fetchOne(db, sql: "SELECT rows_digest IS NULL FROM import_batch WHERE id = ?", arguments: [id])
            == true
        else { return }
        try db.execute(
            sql: "UPDATE import_batch SET rows_digest = ? WHERE id = ?", arguments: [try rows(db, batch: id), id])
    }
}
