import GRDB

/// A validated import row with the line it came from.
struct ImportedRow: Sendable {
    var line: Int
    var record: CaseRecord

    /// The case's identity: the same student, service and submission time is the same case,
    /// however the file spelled it (CRLF, `2026/10/12 9:30`, the service's name or id).
    var key: String { Self.key(record.studentNumber, record.serviceId, record.submittedAt) }

    static func key(_ student: String, _ service: String, _ submitted: String) -> String {
        "\(student)\u{1F}\(service)\u{1F}\(submitted)"
    }
}

/// The rows of an import split into new cases and repeats of cases already in the ledger (or
/// earlier in the same file).
struct ImportRepeats {
    var fresh: [ImportedRow]
    var repeatedLines: [Int] = []
    var repeatedWithNewCompletion: [Int] = []

    init(fresh: [ImportedRow]) { self.fresh = fresh }

    init(_ rows: [ImportedRow], in db: Database) throws {
        fresh = []
        guard let first = rows.map(\.record.submittedAt).min(), let last = rows.map(\.record.submittedAt).max() else {
            return
        }
        // Only cases submitted within the file's span can repeat its rows.
        var known: [String: String?] = [:]
        let existing = try Row.fetchCursor(
            db,
            sql: """
                SELECT student_number, service_id, submitted_at, completed_at FROM ledger_case
                WHERE submitted_at BETWEEN ? AND ?
                """, arguments: [first, last])
        while let row = try existing.next() {
            known[ImportedRow.key(row[0], row[1], row[2])] = row[3] as String?
        }
        for row in rows {
            let key = row.key
            if let completed = known[key] {
                repeatedLines.append(row.line)
                if completed == nil, row.record.completedAt != nil { repeatedWithNewCompletion.append(row.line) }
            } else {
                known[key] = .some(row.record.completedAt)
                fresh.append(row)
            }
        }
    }
}
