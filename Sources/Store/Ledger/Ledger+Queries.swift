import Catalog
import GRDB

extension Ledger {
    /// A case with its steps and its audit trail.
    public struct CaseDetail: Sendable {
        public var record: CaseRecord
        public var steps: [CaseStepRecord]
        public var history: [AuditRecord]
        /// How late it is as of the end of the hall's today (nil when not late), with the days
        /// it ran up before any pause.
        public var overdue: OverdueReport.Item?
    }

    public func show(_ id: Int64) throws(LedgerError) -> CaseDetail {
        let calendar = calendar
        let end = CivilDateTime(date: clock.now().date.adding(days: 1), minuteOfDay: 0)
        return try read { db in
            guard let record = try CaseRecord.fetchOne(db, key: id) else {
                throw LedgerError("没有编号为 \(id) 的办件", code: .caseNotFound)
            }
            let steps = try CaseStepRecord.filter(CaseStepRecord.Columns.caseId == id).order(Column("performed_at"))
                .fetchAll(db)
            let spans = Self.clockSpans(of: record, resumptions: try Self.resumptions(in: db, of: id)[id] ?? [])
            // Refused cases are never overdue; a calendar gap leaves the lateness unknown, not an error.
            let overdue =
                record.status == .refused
                ? nil
                : try? Self.lateness(
                    kind: .ledgerCase, id: id, window: record.windowNumber, subject: record.serviceId, due: record.due,
                    spans: spans, completed: record.completedAt, end: end, calendar: calendar)
            return CaseDetail(
                record: record, steps: steps, history: try AuditTrail.history(db, entity: "case", id: id),
                overdue: overdue ?? nil)
        }
    }

    public func list(window: Int? = nil, status: CaseRecord.Status? = nil, limit: Int = 200) throws(LedgerError)
        -> [CaseRecord]
    {
        try read(Self.listReading(window: window, status: status, limit: limit))
    }

    /// `list` without blocking the caller's thread on SQLite (for a server's requests).
    public func list(window: Int? = nil, status: CaseRecord.Status? = nil, limit: Int = 200) async throws(LedgerError)
        -> [CaseRecord]
    {
        try await read(Self.listReading(window: window, status: status, limit: limit))
    }

    private static func listReading(window: Int?, status: CaseRecord.Status?, limit: Int)
        -> @Sendable (Database) throws -> [CaseRecord]
    {
        { db in
            var request = CaseRecord.all()
            if let window { request = request.filter(CaseRecord.Columns.windowNumber == window) }
            if let status { request = request.filter(CaseRecord.Columns.status == status) }
            return try request.order(CaseRecord.Columns.id.desc).limit(limit).fetchAll(db)
        }
    }

    public func count() throws(LedgerError) -> Int {
        try read { db in try CaseRecord.fetchCount(db) }
    }

    /// B-post acceptances waiting for the A-post's processing span (15:30-17:30) on `day`, by
    /// window: open cases accepted on or before that day, green channel first, then by due date.
    public func queue(on day: CivilDate) throws(LedgerError) -> [(window: Int, cases: [CaseRecord])] {
        Self.byWindow(try read(Self.queueReading(on: day)))
    }

    /// `queue` without blocking the caller's thread on SQLite (for a server's requests).
    public func queue(on day: CivilDate) async throws(LedgerError) -> [(window: Int, cases: [CaseRecord])] {
        Self.byWindow(try await read(Self.queueReading(on: day)))
    }

    private static func queueReading(on day: CivilDate) -> @Sendable (Database) throws -> [CaseRecord] {
        { db in
            try CaseRecord.filter(
                CaseRecord.Columns.status == CaseRecord.Status.open && CaseRecord.Columns.post == Post.b
            )
            .filter(CaseRecord.Columns.acceptedOn <= day.description).fetchAll(db)
        }
    }

    private static func byWindow(_ records: [CaseRecord]) -> [(window: Int, cases: [CaseRecord])] {
        let grouped = Dictionary(grouping: records, by: \.windowNumber)
        return grouped.keys.sorted().map { number in
            let cases = (grouped[number] ?? []).sorted {
                ($0.greenChannel ? 0 : 1, $0.due, $0.id ?? 0) < ($1.greenChannel ? 0 : 1, $1.due, $1.id ?? 0)
            }
            return (number, cases)
        }
    }
}
