import Crypto
import Foundation
import GRDB

/// A stored row in canonical form, `table,column=value,…`: columns by name, values as SQLite's
/// `quote()` writes them, NULL columns left out so that a nullable column added later does not
/// change the digest of rows written before it. The same form is built in SQL (for rows as
/// stored) and in Swift (for a row about to be written), and must agree.
///
/// An audited table's key columns and its `import_batch_id` are left out: the entry names the
/// key (`row_key`, covered by the chain) and a batch's digest covers which rows it holds. So an
/// imported row's digest does not depend on the id it gets, and a large import can digest its
/// rows before it takes the write lock.
enum RowDigest {
    /// The columns of `table` its rows' digests cover.
    static func digested(_ columns: some Sequence<String>, table: String) -> [String] {
        let left = Set(
            (AuditedTable(rawValue: table)?.primaryKey ?? []) + (table == "audit" ? [] : ["import_batch_id"]))
        return columns.filter { !left.contains($0) }.sorted()
    }

    /// The canonical form of a row from its column values.
    static func canonical(table: String, _ values: [String: DatabaseValue]) -> String {
        var text = table
        for column in digested(values.keys, table: table) {
            guard let value = values[column], !value.isNull else { continue }
            text += ",\(column)=\(literal(value))"
        }
        return text
    }

    /// A value as SQLite's `quote()` writes it.
    static func literal(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: "NULL"
        case .int64(let number): String(number)
        case .double(let number): String(number)
        case .string(let text): "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        case .blob(let data): "X'" + data.map { hexDigits[Int($0)] }.joined().uppercased() + "'"
        }
    }

    /// An SQL expression giving the canonical form of a row of `table` with `columns`; `prefix`
    /// is `""` in a query or `"OLD."`/`"NEW."` in a trigger.
    static func canonicalSQL(table: String, columns: [String], prefix: String = "") -> String {
        let pieces = digested(columns, table: table).map { column in
            "CASE WHEN \(prefix)\(column) IS NULL THEN '' ELSE ',\(column)=' || quote(\(prefix)\(column)) END"
        }
        return (["'\(table)'"] + pieces).joined(separator: " || ")
    }

    /// The key naming a row: its primary-key columns by name, `id=7` or `case_id=1,step_id='verify'`.
    static func key(_ values: [String: DatabaseValue], primaryKey: [String]) -> String {
        primaryKey.sorted().map { "\($0)=\(literal(values[$0] ?? .null))" }.joined(separator: ",")
    }

    /// The same key as an SQL expression over `prefix` (`OLD.`, `NEW.` or nothing).
    static func keySQL(primaryKey: [String], prefix: String = "") -> String {
        primaryKey.sorted().enumerated().map { index, column in
            "'\(index == 0 ? "" : ",")\(column)=' || quote(\(prefix)\(column))"
        }.joined(separator: " || ")
    }

    static func digest(table: String, _ values: [String: DatabaseValue]) -> String {
        sha256(canonical(table: table, values))
    }

    /// SHA-256 of the text's UTF-8, as 64 lowercase hex digits.
    static func sha256(_ text: String) -> String {
        hex(SHA256.hash(data: Data(text.utf8)))
    }

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        var text = ""
        text.reserveCapacity(64)
        for byte in digest { text += hexDigits[Int(byte)] }
        return text
    }

    private static let hexDigits: [String] = (0..<256).map { byte in
        let digits = Array("0123456789abcdef")
        return String([digits[byte >> 4], digits[byte & 15]])
    }
}

extension Row {
    /// The row's columns and values.
    var columnValues: [String: DatabaseValue] {
        var values: [String: DatabaseValue] = [:]
        for (column, value) in self { values[column] = value }
        return values
    }
}
