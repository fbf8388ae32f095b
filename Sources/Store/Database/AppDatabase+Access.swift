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

    public func read<T>(_ body: @escaping @Sendable (Database) throws -> T) throws(LedgerError) -> T {
        do {
            return try writer.read(body)
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
