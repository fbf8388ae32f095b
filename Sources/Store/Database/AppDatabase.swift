import Foundation
import GRDB

/// The ledger's SQLite database: one file, WAL mode, a busy timeout so that the CLI and the
/// server can write to it at once, and migrations that run when it opens.
public struct AppDatabase: Sendable {
    public let writer: any DatabaseWriter

    /// Opens (creating if need be) the database file at `path` and migrates it.
    public init(path: String) throws {
        var configuration = Configuration()
        // Another process holding the write lock makes us wait, not fail.
        configuration.busyMode = .timeout(15)
        configuration.foreignKeysEnabled = true
        // Readers read through a memory map, not a copy per page: a score reads the month's
        // events by the date index, page by page. Only the pool's read-only connections: the
        // writer (imports, the desk) keeps its memory flat, and SQLite writes with write()
        // either way, so a crash is as safe as before.
        configuration.prepareDatabase { db in
            if db.configuration.readonly { try db.execute(sql: "PRAGMA mmap_size = 268435456") }
        }
        try OwnerOnlyFile.create(at: path)
        let pool = try DatabasePool(path: path, configuration: configuration)
        try self.init(writer: pool)
    }

    public init(writer: any DatabaseWriter) throws {
        self.writer = writer
        try Migrations.migrator.migrate(writer)
    }

    /// `--db PATH`, else `ONESTOP_DB`, else `onestop.sqlite` in the working directory.
    public static func defaultPath(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String
    {
        option ?? environment["ONESTOP_DB"] ?? "onestop.sqlite"
    }
}
