import Foundation
import GRDB
import Testing

@testable import Store

/// A database written before refusals had their own time keeps its refused cases, without a
/// completion time, once migrated.
@Suite struct RefusedAtMigrationTests {
    @Test func refusedCasesMoveTheirTimeOutOfCompletedAt() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "onestop-v2-\(UUID().uuidString).sqlite"
        )
        .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let old = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(old, upTo: "v2-assessment")
        try old.write { db in
            for (status, completed) in [("refused", "2026-09-28T10:00"), ("completed", "2026-10-09T16:00")] {
                try db.execute(
                    sql: """
                        INSERT INTO ledger_case (service_id, window_number, student_number, post, channel, submitted_at,
                            accepted_on, limit_kind, limit_value, on_correction, due, status, completed_at, accepted_by)
                        VALUES ('student-id-replacement', 1, '2021040123', 'B', 'on_site', '2026-09-28T09:30',
                            '2026-09-28', 'working_days', 5, 'pause', '2026-10-10', ?, ?, '小王')
                        """, arguments: [status, completed])
            }
        }
        try old.close()
        let database = try AppDatabase(path: path)
        let rows = try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT status, completed_at, refused_at FROM ledger_case ORDER BY id")
        }
        #expect(rows.map { $0[0] as String } == ["refused", "completed"])
        #expect(rows[0][1] as String? == nil && rows[0][2] as String? == "2026-09-28T10:00")
        #expect(rows[1][1] as String? == "2026-10-09T16:00" && rows[1][2] as String? == nil)
    }
}
