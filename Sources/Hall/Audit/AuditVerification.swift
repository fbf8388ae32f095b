import Catalog
import Foundation
import Store

/// Walking a ledger's audit chain and every row it vouches for (`audit verify`): the database
/// named, never created (a mistyped path must not pass as an empty, intact ledger).
public struct AuditVerification: Sendable {
    public let databasePath: String

    public init(databasePath: String) { self.databasePath = databasePath }

    /// The report, as of `anchor` (a head noted earlier) if given.
    public func verify(anchor: AuditAnchor? = nil) throws(LedgerError) -> AuditDocument {
        guard FileManager.default.fileExists(atPath: databasePath) else {
            throw LedgerError(
                "没有数据库文件 \(databasePath)；请指明要核对的台账文件", code: .fileUnreadable,
                details: ErrorDetails(file: databasePath))
        }
        let database: AppDatabase
        do {
            database = try AppDatabase(path: databasePath)
        } catch {
            throw LedgerError(
                "无法核对数据库 \(databasePath)：\(error)", code: .databaseFailed, details: ErrorDetails(file: databasePath))
        }
        return AuditDocument(report: try AuditVerifier(database: database).verify(anchor: anchor), anchor: anchor)
    }
}
