import Foundation
import GRDB
import Testing

@testable import Store

/// A ledger written before the chain existed is chained by `v6-audit-chain` as it is found:
/// it verifies, and from then on a change behind the trail's back is found in it too.
@Suite struct AuditChainMigrationTests {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-v5-\(UUID().uuidString).sqlite")
        .path

    /// A case accepted, paused and stepped, an imported case, a referral and a published month
    /// with its correction, with the entries the code before issue 10 wrote.
    func writeVersion5Ledger() throws {
        let old = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(old, upTo: "v5-calendar-provisional-due")
        try old.write { db in
            try db.execute(
                sql: """
                    INSERT INTO import_batch VALUES (1, 'cases', 'ledger.csv', 'f', 1, '2026-10-20T09:00', '管理员');
                    INSERT INTO ledger_case (service_id, window_number, student_number, post, channel, submitted_at,
                        accepted_on, limit_kind, limit_value, on_correction, due, status, paused_at, accepted_by,
                        import_batch_id)
                    VALUES ('student-id-replacement', 1, '2021040123', 'B', 'on_site', '2026-09-28T09:30',
                        '2026-09-28', 'working_days', 5, 'pause', '2026-10-10', 'paused', '2026-09-28T09:40', '小王', NULL),
                        ('student-id-replacement', 1, '2021040124', 'B', 'on_site', '2026-10-12T09:30',
                        '2026-10-12', 'working_days', 5, 'pause', '2026-10-19', 'open', NULL, '小王', 1);
                    INSERT INTO case_step VALUES (1, 'verify', '王专员', '2026-09-28T09:35');
                    INSERT INTO referral (question, taken_by, sent_to, asked_at, due)
                        VALUES ('宿舍调换', '小王', '后勤处', '2026-10-08T10:00', '2026-10-09');
                    INSERT INTO published_score (scheme, period, result, catalog_fingerprint, rules_fingerprint,
                        published_at, published_by) VALUES ('wulong-monthly', '2026-10', '{}', 'c', 'r', '2026-11-02T08:00', '主任');
                    INSERT INTO published_score_correction (published_score_id, result, catalog_fingerprint,
                        rules_fingerprint, corrected_at, corrected_by, reason)
                        VALUES (1, '{"x":1}', 'c', 'r', '2026-11-20T09:00', '王主任', '漏记一次');
                    INSERT INTO audit (entity, entity_id, action, actor, at, before, after) VALUES
                        ('case', 1, 'accept', '小王', '2026-09-28T09:30', NULL, '{}'),
                        ('case', 1, 'step: verify', '王专员', '2026-09-28T09:35', NULL, '{}'),
                        ('case', 1, 'pause: 缺照片', '小王', '2026-09-28T09:40', '{}', '{}'),
                        ('import_batch', 1, 'import 1 cases', '管理员', '2026-10-20T09:00', NULL, '{}'),
                        ('referral', 1, 'add', '小王', '2026-10-08T10:00', NULL, '{}'),
                        ('published_score', 1, 'publish wulong-monthly 2026-10', '主任', '2026-11-02T08:00', NULL, '{}'),
                        ('published_score', 1, 'correct wulong-monthly 2026-10: 漏记一次', '王主任', '2026-11-20T09:00',
                            '{}', '{"id":1}'),
                        ('disclosure', 0, 'unmask: 核对', '王主任', '2026-11-21T09:00', NULL, NULL);
                    """)
        }
        try old.close()
    }

    @Test func anOldLedgerIsChainedAsFoundAndThenGuarded() throws {
        defer { try? FileManager.default.removeItem(atPath: path) }
        try writeVersion5Ledger()
        let database = try AppDatabase(path: path)
        let verifier = AuditVerifier(database: database)
        let report = try verifier.verify()
        #expect(report.problems == [])
        #expect(report.entries == 8 && report.head?.id == 8)
        let unhashed = try database.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM audit WHERE hash IS NULL")
        }
        #expect(unhashed == 0)
        #expect(throws: (any Error).self) {
            try database.writer.write { db in try db.execute(sql: "UPDATE ledger_case SET due = '2026-12-31'") }
        }
        try database.writer.write { db in
            try db.execute(
                sql: """
                    DROP TRIGGER ledger_case_audited_update; DROP TRIGGER case_step_audited_update;
                    UPDATE ledger_case SET due = '2026-12-31'; UPDATE case_step SET performed_by = '别人';
                    """)
        }
        #expect(
            try verifier.verify().problems == [
                .rowChanged(row: "办件 #1", entry: 3), .rowChanged(row: "办理环节 #1 verify", entry: 2),
                .batchChanged(batch: 1), .guardMissing(trigger: "case_step_audited_update"),
                .guardMissing(trigger: "ledger_case_audited_update"),
            ])
    }
}
