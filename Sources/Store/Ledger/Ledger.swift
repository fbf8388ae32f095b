import Catalog
import GRDB

/// The case ledger: cases, their transitions and the follow-ups, checked against the catalog
/// and the working-day calendar. Every change is one transaction with its audit entry.
public struct Ledger: Sendable {
    public let database: AppDatabase
    public let catalog: Catalog
    let calculator: DueDateCalculator
    /// The hall's "now": no operation is dated after it.
    public let clock: HallClock

    /// `clock` defaults to the catalog's (the machine's time in the hall's zone).
    public init(database: AppDatabase, catalog: Catalog, clock: HallClock? = nil) throws(LedgerError) {
        guard let calendar = WorkingCalendar(for: catalog) else {
            throw LedgerError("目录没有大厅所用的工作日日历；请在 calendars/ 中提供并在 hall.yaml 中引用", code: .calendarMissing)
        }
        self.database = database
        self.catalog = catalog
        self.clock = clock ?? catalog.clock
        calculator = DueDateCalculator(calendar: calendar, hall: catalog.hall)
    }

    public var calendar: WorkingCalendar { calculator.calendar }

    /// The service staff named, by id, name, alias or a unique part of a name.
    func service(_ query: String) throws(LedgerError) -> Service {
        try resolving { () throws(ResolutionError) in try catalog.names.service(query) }
    }

    func window(_ number: Int) throws(LedgerError) -> Window { try window(named: String(number)) }

    /// The window staff named: its number (`3`, `3号窗口`) or its name.
    func window(named query: String) throws(LedgerError) -> Window {
        try resolving { () throws(ResolutionError) in try catalog.names.window(query) }
    }

    func write<T>(_ body: @escaping @Sendable (Database) throws -> T) throws(LedgerError) -> T {
        try database.write(body)
    }

    func read<T>(_ body: @escaping @Sendable (Database) throws -> T) throws(LedgerError) -> T {
        try database.read(body)
    }

    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(LedgerError) -> T {
        try await database.write(body)
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(LedgerError) -> T {
        try await database.read(body)
    }

    /// Loads, changes and saves one row with its audit entry (before and after), in one transaction.
    func update<Record: IdentifiedRecord>(
        _ type: Record.Type, entity: String, noun: String, id: Int64, action: String, at: CivilDateTime, by: String,
        _ mutate: @escaping @Sendable (inout Record) throws -> Void
    ) throws(LedgerError) -> Record {
        try checkNotInFuture(at)
        let by = try staffActor(by)
        return try write { db in
            guard let before = try Record.fetchOne(db, key: id) else {
                throw LedgerError(
                    "没有编号为 \(id) 的\(noun)", code: Record.self == CaseRecord.self ? .caseNotFound : .recordNotFound)
            }
            try Self.checkNotBefore(at, lastOf: before, noun: noun, in: db)
            var after = before
            try mutate(&after)
            // The entry first: the database refuses an update the newest entry does not announce.
            try AuditTrail.append(
                db, entity: entity, id: id, action: action, actor: by, at: at.description, before: before, after: after)
            try after.update(db)
            return after
        }
    }

    func due(_ limit: TimeLimit, submitted: CivilDateTime) throws(LedgerError) -> DueDate {
        do {
            return try calculator.due(limit, submitted: submitted)
        } catch {
            throw LedgerError(error.description, code: .calendarMissingYear)
        }
    }
}

extension TimeLimit {
    /// The limit a case row stores; nil when a counted kind has no value.
    init?(kind: Kind, value: Int?) {
        switch (kind, value) {
        case (.workingDays, let days?): self = .workingDays(days)
        case (.hours, let hours?): self = .hours(hours)
        case (.onTheSpot, _): self = .onTheSpot
        default: return nil
        }
    }

    var value: Int? {
        switch self {
        case .workingDays(let days): days
        case .hours(let hours): hours
        case .onTheSpot: nil
        }
    }
}
