import Crypto
import Foundation
import GRDB
import Store

/// The receipt's short link to a case's progress page, `/p/{case}-{signature}`: the case number
/// and the first 40 bits of an HMAC-SHA256 of it, under a key made once per database and kept in
/// `web_setting`, so that no one can walk the case numbers through short links.
struct ReceiptLink: Sendable {
    let database: AppDatabase

    static let settingKey = "receipt-link-key"
    /// Letters and digits that cannot be mistaken for each other when typed from paper.
    static let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")

    /// The code for case `id`, e.g. `42-k3m9x2qa`.
    func code(for id: Int64) async throws(LedgerError) -> String {
        "\(id)-" + Self.signature(of: id, key: try await key())
    }

    /// The case number a code stands for, or nil when it is not one this server made.
    func caseNumber(from code: String) async throws(LedgerError) -> Int64? {
        let parts = code.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, let id = Int64(parts[0]), id > 0, parts[1].count == 8 else { return nil }
        let expected = Self.signature(of: id, key: try await key())
        // Compared in full whatever the first difference, so timing tells nothing.
        let given = Array(parts[1].lowercased().utf8)
        let wanted = Array(expected.utf8)
        guard given.count == wanted.count else { return nil }
        return zip(given, wanted).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0 ? id : nil
    }

    static func signature(of id: Int64, key: SymmetricKey) -> String {
        let mac = Array(HMAC<SHA256>.authenticationCode(for: Data("progress:\(id)".utf8), using: key))
        // 5 bytes = 40 bits = 8 letters of 5 bits.
        var bits: UInt64 = 0
        for byte in mac.prefix(5) { bits = bits << 8 | UInt64(byte) }
        return String((0..<8).reversed().map { alphabet[Int((bits >> (UInt64($0) * 5)) & 31)] })
    }

    /// The key, made on first use; two servers starting at once keep the first one written.
    private func key() async throws(LedgerError) -> SymmetricKey {
        let read = try await database.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM web_setting WHERE key = ?", arguments: [Self.settingKey])
        }
        let stored: String
        if let read {
            stored = read
        } else {
            let fresh = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0).base64EncodedString() }
            stored = try await database.write { db in
                try db.execute(
                    sql: "INSERT OR IGNORE INTO web_setting (key, value) VALUES (?, ?)",
                    arguments: [Self.settingKey, fresh])
                return try String.fetchOne(
                    db, sql: "SELECT value FROM web_setting WHERE key = ?", arguments: [Self.settingKey]) ?? fresh
            }
        }
        return SymmetricKey(data: Data(base64Encoded: stored) ?? Data(stored.utf8))
    }
}
