import Foundation
import Store
import Testing

/// The ledger holds personal data: its file, WAL and shared-memory file are its owner's alone.
@Suite struct DatabaseFileModeTests {
    @Test func theDatabaseAndItsWALAndSHMAreCreatedOwnerOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-mode-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // The usual umask lets others read new files; the ledger must not depend on it.
        let previous = umask(0o022)
        defer { umask(previous) }
        let path = folder.appendingPathComponent("onestop.sqlite").path
        let database = try AppDatabase(path: path)
        try database.writer.write { try $0.execute(sql: "CREATE TEMP TABLE touch(x)") }
        for file in [path, path + "-wal", path + "-shm"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: file)
            let mode = try #require(attributes[.posixPermissions] as? Int)
            #expect(mode == 0o600, "\(file): \(String(mode, radix: 8))")
        }
    }
}
