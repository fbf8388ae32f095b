import GRDB

extension Ledger {
    /// One case by its number, or nil: a look-up that may miss (the desk, a student's progress
    /// query) without the trail and lateness `show` reads.
    public func record(_ id: Int64) async throws(LedgerError) -> CaseRecord? {
        try await read { db in try CaseRecord.fetchOne(db, key: id) }
    }

    /// A student's cases, newest first: the desk looks a student up by the number they give.
    public func cases(ofStudent number: String, limit: Int = 50) async throws(LedgerError) -> [CaseRecord] {
        let number = number.trimmingSpaces
        return try await read { db in
            try CaseRecord.filter(Column("student_number") == number).order(CaseRecord.Columns.id.desc).limit(limit)
                .fetchAll(db)
        }
    }
}
