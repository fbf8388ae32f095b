import Crypto
import Foundation
import GRDB

/// An import batch's digest over its rows (cases, then events) as imported: SHA-256 over each
/// row's table name and digest, in the order of their ids. An import writes one audit entry for
/// the whole batch, so this is what vouches for each imported row until its first audited change.
enum ImportBatchDigest {
    /// Rows' digests as imported, by table and key, for rows changed since (the first audited
    /// change's `before_digest`); any other row is taken as stored.
    typealias Imported = [AuditedTable: [String: String]]

    /// The digest over one batch's rows.
    static func rows(_ db: Database, batch id: Int64, imported: Imported = [:]) throws -> String {
        var digests = Digests(imported: imported)
        for table in AuditedTable.batched {
            try digests.add(db, table: table, filter: "WHERE import_batch_id = \(id)")
        }
        return digests.finish()[id] ?? empty
    }

    /// The digest of a batch without rows.
    static let empty = RowDigest.hex(SHA256().finalize())

    /// The digests of every batch, in one pass over each table.
    static func all(_ db: Database, imported: Imported) throws -> [Int64: String] {
        var digests = Digests(imported: imported)
        for table in AuditedTable.batched {
            try digests.add(db, table: table, filter: "WHERE import_batch_id IS NOT NULL")
        }
        return digests.finish()
    }

    /// Stores the batch's digest once its rows are in (`digest`, worked out by the import, or
    /// computed from the stored rows); the first audit entry of a batch does it if the import did not.
    static func seal(_ db: Database, batch id: Int64, digest: String? = nil) throws {
        guard
            try Bool.fetchOne(db, sql: "SELECT rows_digest IS NULL FROM import_batch WHERE id = ?", arguments: [id])
                == true
        else { return }
        try db.execute(
            sql: "UPDATE import_batch SET rows_digest = ? WHERE id = ?",
            arguments: [try digest ?? rows(db, batch: id), id])
    }

    /// The digest of a batch of `table`'s rows given each row's digest in the order the batch
    /// adds them, ids counting up from `firstID`: what `rows` computes once they are stored, worked
    /// out from digests taken before the write lock (a large import's rows, from its scratch file).
    /// Also says how many rows it folded.
    static func rows(table: AuditedTable, firstID: Int64, digests: some Cursor<Data>) throws -> (
        digest: String, count: Int
    ) {
        var hasher = SHA256()
        var count = 0
        while let digest = try digests.next() {
            Digests.add(table: table, key: "id=\(firstID + Int64(count))", to: &hasher) { $0.update(data: digest) }
            count += 1
        }
        return (RowDigest.hex(hasher.finalize()), count)
    }

    /// One hasher per batch, fed row by row: the table, the row's key and its digest.
    private struct Digests {
        let imported: Imported
        var hashers: [Int64: SHA256] = [:]

        init(imported: Imported) { self.imported = imported }

        static func add(
            table: AuditedTable, key: String, to hasher: inout SHA256, digest: (inout SHA256) throws -> Void
        )
            rethrows
        {
            hasher.update(data: Data("\(table.rawValue) \(key) ".utf8))
            try digest(&hasher)
        }

        mutating func add(_ db: Database, table: AuditedTable, filter: String) throws {
            let changed = imported[table] ?? [:]
            let rows = try Row.fetchCursor(
                db, sql: try table.rowsSQL(db, also: "import_batch_id", filter: "\(filter) ORDER BY rowid"))
            // A batch's rows are next to each other: its hasher stays at hand until the batch changes.
            var batch: Int64?
            var hasher = SHA256()
            while let row = try rows.next() {
                let rowBatch: Int64 = row[2]
                if rowBatch != batch {
                    if let batch { hashers[batch] = hasher }
                    batch = rowBatch
                    hasher = hashers.removeValue(forKey: rowBatch) ?? SHA256()
                }
                let key: String = row[0]
                try Self.add(table: table, key: key, to: &hasher) { hasher in
                    if !changed.isEmpty, let digest = changed[key], let bytes = Self.bytes(hex: digest) {
                        hasher.update(data: bytes)
                    } else {
                        try row.withUnsafeData(atIndex: 1) { text in
                            SHA256.hash(data: text ?? Data()).withUnsafeBytes { hasher.update(bufferPointer: $0) }
                        }
                    }
                }
            }
            if let batch { hashers[batch] = hasher }
        }

        func finish() -> [Int64: String] { hashers.mapValues { RowDigest.hex($0.finalize()) } }

        private static func bytes(hex: String) -> Data? {
            let digits = Array(hex.utf8)
            guard digits.count == 64 else { return nil }
            var bytes = Data(capacity: 32)
            for index in stride(from: 0, to: 64, by: 2) {
                guard let byte = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) else {
                    return nil
                }
                bytes.append(byte)
            }
            return bytes
        }
    }
}
