import Catalog
import GRDB

extension AppDatabase {
    /// One transaction; its refusals, calendar gaps and database failures become `LedgerError`s
    /// with messages for staff.
    public func write<T>(_ body: @escaping @Sendable (Database) throws -> T) throws(LedgerError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw Self.ledgerError(error, doing: "写入")
        }
    }

    /// The writer connection outside any transaction, for work that commits in steps (an import
    /// staged in a temporary table, then taken in one short transaction); errors as `write`'s.
    func writeInSteps<T>(_ body: (Database) throws -> T) throws(LedgerError) -> T {
        do {
            return try writer.writeWithoutTransaction(body)
        } catch {
            throw Self.ledgerError(error, doing: "写入")
        }
    }

    public func read<T>(_ body: @escaping @Sendable (Database) throws -> T) throws(LedgerError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw Self.ledgerError(error, doing: "读取")
        }
    }

    /// `write` on GRDB's async API: the transaction runs on the database's queue while the
    /// caller's task is suspended, so a server's request threads never wait on SQLite.
    public func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(LedgerError) -> T {
        do {
            return try await writer.write(body)
        } catch {
            throw Self.ledgerError(error, doing: "写入")
        }
    }

    public func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(LedgerError) -> T {
        do {
            return try await writer.read(body)
        } catch {
            throw Self.ledgerError(error, doing: "读取")
        }
    }

    private static func ledgerError(_ error: any Error, doing action: String) -> LedgerError {
        switch error {
        case let error as LedgerError: error
        case let error as WorkingCalendar.UncoveredYear: LedgerError(error.description, code: .calendarMissingYear)
        default: LedgerError("数据库\(action)失败：\(error)", code: .databaseFailed)
        }
    }
}
