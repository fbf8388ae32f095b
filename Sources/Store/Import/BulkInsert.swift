import GRDB

extension CaseRecord {
    /// Inserts many cases with one prepared statement: GRDB's per-record `insert` rebuilds the
    /// statement and re-encodes column names for every row, most of a 100,000-row import.
    static func insertAll(_ records: [CaseRecord], batch: Int64?, into db: Database) throws {
        let columns = [
            "service_id", "window_number", "student_number", "student_name", "facts", "materials", "post", "channel",
            "green_channel", "submitted_at", "accepted_on", "limit_kind", "limit_value", "on_correction", "due",
            "status",
            "paused_at", "completed_at", "refusal_code", "refused_at", "accepted_by", "import_batch_id",
        ]
        let statement = try db.makeStatement(
            sql: "INSERT INTO ledger_case (\(columns.joined(separator: ", "))) VALUES ("
                + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")")
        for record in records {
            try statement.execute(arguments: [
                record.serviceId, record.windowNumber, record.studentNumber, record.studentName, record.facts,
                record.materials, record.post, record.channel, record.greenChannel, record.submittedAt,
                record.acceptedOn,
                record.limitKind, record.limitValue, record.onCorrection, record.due, record.status.rawValue,
                record.pausedAt, record.completedAt, record.refusalCode, record.refusedAt, record.acceptedBy, batch,
            ])
        }
    }
}

extension String {
    /// Without leading and trailing spaces and tabs; pure Swift, as Foundation's trimming
    /// bridges through NSString on Linux and was a tenth of an import.
    var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
