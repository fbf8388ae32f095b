import Crypto
import Foundation
import GRDB

/// The SHA-256 digests of many rows in one flat buffer (32 bytes each), with the line each row
/// came from: a million-row import's digests in 40 MB rather than a million small objects.
struct RowDigests {
    private var bytes: [UInt8] = []
    private(set) var lines: [Int] = []

    var count: Int { lines.count }

    /// Feeds the digest at `index` to `hasher`.
    func update(_ hasher: inout SHA256, with index: Int) {
        bytes.withUnsafeBytes {
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[index * 32..<index * 32 + 32]))
        }
    }

    /// The digests without those of `lines`.
    func removing(lines removed: Set<Int>) -> RowDigests {
        guard !removed.isEmpty else { return self }
        var kept = RowDigests()
        for (index, line) in lines.enumerated() where !removed.contains(line) {
            kept.lines.append(line)
            kept.bytes.append(contentsOf: bytes[index * 32..<index * 32 + 32])
        }
        return kept
    }

    /// The digests of the rows `sql` selects: each row's line in its first column and its
    /// canonical text in the second.
    static func fetch(_ db: Database, sql: String) throws -> RowDigests {
        var digests = RowDigests()
        let rows = try Row.fetchCursor(db, sql: sql)
        while let row = try rows.next() {
            digests.lines.append(row[0])
            try row.withUnsafeData(atIndex: 1) { text in
                digests.bytes.append(contentsOf: SHA256.hash(data: text ?? Data()))
            }
        }
        return digests
    }
}
