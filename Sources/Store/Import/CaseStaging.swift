import Crypto
import Foundation
import GRDB

/// The checked rows of a case import, written to a private SQLite file while the ledger is
/// free: reading and checking a large file takes minutes, and the desk must keep accepting
/// cases meanwhile. The ledger then takes the rows in one `INSERT … SELECT` (`CaseStaging+Ledger`).
/// The file is the owner's only (it holds student numbers and names) and is removed afterwards.
final class CaseStaging {
    let path: String
    private let queue: DatabaseQueue
    /// Whether rows repeating an earlier row (same student, service and submission time) are
    /// set aside rather than staged.
    let dropsRepeats: Bool

    private(set) var rows = 0
    /// Lines of rows that repeat an earlier row of the file, and those of them carrying a
    /// completion time that row lacks.
    private(set) var repeatedLines: [Int] = []
    private(set) var repeatedWithNewCompletion: [Int] = []
    /// The earliest and latest submission staged: only ledger cases in that span can repeat a row.
    private(set) var span: (first: String, last: String)?

    /// `ledger_case`'s columns that an import fills (all but `id` and `import_batch_id`).
    static let columns = [
        "service_id", "window_number", "student_number", "student_name", "facts", "materials", "post", "channel",
        "green_channel", "submitted_at", "accepted_on", "limit_kind", "limit_value", "on_correction", "due",
        "due_provisional",
        "status", "paused_at", "completed_at", "refusal_code", "refused_at", "accepted_by",
    ]

    init(dropsRepeats: Bool) throws {
        self.dropsRepeats = dropsRepeats
        Self.removeLeftovers()
        path = Self.folder.appendingPathComponent("\(Self.prefix)\(getpid())-\(UUID().uuidString).sqlite").path
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        else {
            throw LedgerError("无法在临时目录中创建导入用的暂存文件（\(path)）；请检查磁盘空间与权限", code: .fileNotWritable)
        }
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            // A scratch file: if the process dies, it is thrown away, so nothing is journaled.
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
        }
        queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.write { db in
            try db.execute(
                // Columns without a declared type keep each value as it was bound: "ANY" would mean
                // numeric affinity, turning the student number 0021040123 into 21040123.
                sql: "CREATE TABLE staged_case (line INTEGER PRIMARY KEY, " + Self.columns.joined(separator: ", ") + ")"
            )
            // The key a repeat is found by, in the file and against the ledger.
            try db.execute(
                sql: "CREATE \(dropsRepeats ? "UNIQUE " : "")INDEX staged_key "
                    + "ON staged_case(student_number, service_id, submitted_at)")
            try db.execute(sql: "CREATE TABLE ledger_repeat (line INTEGER PRIMARY KEY, new_completion INTEGER)")
            // Each staged row's digest as the audit trail will take it (`RowDigest`), by line: kept
            // here, not in memory, so that a million rows' digests cost no memory.
            try db.execute(sql: "CREATE TABLE staged_digest (line INTEGER PRIMARY KEY, digest BLOB NOT NULL)")
        }
    }

    deinit { remove() }

    /// Digests the staged rows as `ledger_case` rows, before the write lock, so that the ledger
    /// only folds them into the batch's digest.
    func digestRows() throws {
        let canonical = RowDigest.canonicalSQL(table: AuditedTable.ledgerCase.rawValue, columns: Self.columns)
        try queue.write { db in
            let insert = try db.makeStatement(sql: "INSERT INTO staged_digest (line, digest) VALUES (?, ?)")
            let rows = try Row.fetchCursor(db, sql: "SELECT line, \(canonical) FROM staged_case ORDER BY line")
            while let row = try rows.next() {
                let line: Int64 = row[0]
                let digest = try row.withUnsafeData(atIndex: 1) { Data(SHA256.hash(data: $0 ?? Data())) }
                insert.setUncheckedArguments([line, digest])
                try insert.execute()
            }
        }
    }

    /// Stages rows in one transaction of the scratch file: `produce` is handed the function
    /// that stages one row (its line and case) and calls it for each row it reads.
    func stage(_ produce: (_ add: (Int, CaseRecord) throws -> Void) throws -> Void) throws {
        try queue.write { db in
            let insert = try db.makeStatement(
                sql: "INSERT INTO staged_case (line, \(Self.columns.joined(separator: ", "))) VALUES (?"
                    + String(repeating: ", ?", count: Self.columns.count) + ") ON CONFLICT DO NOTHING")
            let earlier = try db.makeStatement(
                sql: """
                    SELECT completed_at IS NULL FROM staged_case
                    WHERE student_number = ? AND service_id = ? AND submitted_at = ?
                    """)
            try produce { line, record in
                rows += 1
                let submitted = record.submittedAt
                span = span.map { (min($0.first, submitted), max($0.last, submitted)) } ?? (submitted, submitted)
                // The statement's 23 places are the 23 values: no need to check them each row.
                insert.setUncheckedArguments(Self.arguments(line: line, record))
                try insert.execute()
                guard db.changesCount == 0 else { return }
                repeatedLines.append(line)
                let earlierOpen = try Bool.fetchOne(
                    earlier, arguments: [record.studentNumber, record.serviceId, record.submittedAt])
                if earlierOpen == true, record.completedAt != nil { repeatedWithNewCompletion.append(line) }
            }
        }
    }

    private static func arguments(line: Int, _ record: CaseRecord) -> StatementArguments {
        [
            line, record.serviceId, record.windowNumber, record.studentNumber, record.studentName, record.facts,
            record.materials, record.post, record.channel, record.greenChannel, record.submittedAt, record.acceptedOn,
            record.limitKind, record.limitValue, record.onCorrection, record.due, record.dueProvisional,
            record.status.rawValue,
            record.pausedAt, record.completedAt, record.refusalCode, record.refusedAt, record.acceptedBy,
        ]
    }

    private static let folder = FileManager.default.temporaryDirectory
    private static let prefix = "onestop-import-"

    /// Scratch files of imports whose process is gone (killed mid-import): they hold student
    /// numbers and names, so they are not left lying about until the system clears the folder.
    private static func removeLeftovers() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0 != "-" }), pid != getpid(),
                kill(pid, 0) != 0, errno == ESRCH
            else { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    func remove() {
        try? queue.close()
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
