import Assessment
import Foundation
import GRDB
import Testing

@testable import Store

/// Issue 10 §3: cases, steps and follow-ups change only through the audited path, and every
/// stored row is what the trail says: a row changed, added or deleted behind its back is found,
/// and a published result deleted and published again is refused and found.
@Suite struct AuditStateTests {
    let fixture: AuditFixture

    init() throws {
        fixture = try AuditFixture()
        try fixture.day()
    }

    func problems() throws -> [AuditProblem] { try fixture.verifier.verify().problems }

    func lastEntry(_ table: String, _ key: String) throws -> Int64 {
        try #require(try fixture.entries(about: table, key: key).last)
    }

    @Test func directUpdatesAreRefused() throws {
        defer { fixture.remove() }
        for sql in [
            "UPDATE ledger_case SET due = '2026-12-31' WHERE id = 1",
            "UPDATE case_step SET performed_by = '别人'", "UPDATE referral SET answer = '未答复'",
            "UPDATE complaint SET due = '2026-12-31'", "UPDATE repair SET done_at = '2026-10-09T12:00'",
            "UPDATE import_batch SET rows = 1", "UPDATE import_batch SET rows_digest = NULL",
            "DELETE FROM import_batch",
        ] {
            #expect(throws: (any Error).self, "\(sql)") { try fixture.tamper(sql) }
        }
        // An entry allows one update of its row, made just after it: neither a new row's entry
        // nor an entry already used lets anyone else change the row.
        let id = try #require(try fixture.base.accept(at: "2026-10-12T09:00").id)
        #expect(throws: (any Error).self) {
            try fixture.tamper("UPDATE ledger_case SET due = '2026-12-31' WHERE id = ?", [id])
        }
        _ = try fixture.ledger.pause(id, at: AuditFixture.at("2026-10-12T09:10"), by: "w01-b1")
        #expect(throws: (any Error).self) {
            try fixture.tamper("UPDATE ledger_case SET due = '2026-12-31' WHERE id = ?", [id])
        }
        #expect(try problems() == [])
    }

    @Test func aCaseChangedBehindTheTrailIsFound() throws {
        defer { fixture.remove() }
        try fixture.tamper(
            dropping: ["ledger_case_audited_update"], "UPDATE ledger_case SET due = '2026-12-31' WHERE id = 1")
        #expect(try problems() == [.rowChanged(row: "办件 #1", entry: try lastEntry("ledger_case", "id=1"))])
    }

    @Test func aStepAndFollowUpsChangedBehindTheTrailAreFound() throws {
        defer { fixture.remove() }
        try fixture.tamper(dropping: ["case_step_audited_update"], "UPDATE case_step SET performed_by = '赵师傅'")
        try fixture.tamper(dropping: ["referral_audited_update"], "UPDATE referral SET answer = '未答复'")
        try fixture.tamper(dropping: ["complaint_audited_update"], "UPDATE complaint SET due = '2026-12-31'")
        try fixture.tamper(dropping: ["repair_audited_update"], "UPDATE repair SET done_at = '2026-10-09T12:00'")
        #expect(
            try problems() == [
                .rowChanged(row: "办理环节 #1 verify", entry: try lastEntry("case_step", "case_id=1,step_id='verify'")),
                .rowChanged(row: "首问转办 #1", entry: try lastEntry("referral", "id=1")),
                .rowChanged(row: "投诉 #1", entry: try lastEntry("complaint", "id=1")),
                .rowChanged(row: "报修 #1", entry: try lastEntry("repair", "id=1")),
            ])
    }

    @Test func aDeletedCaseIsFound() throws {
        defer { fixture.remove() }
        try fixture.tamper(
            dropping: ["ledger_case_no_delete", "case_step_no_delete"],
            "DELETE FROM case_step; DELETE FROM ledger_case WHERE id = 1")
        #expect(
            try problems() == [
                .rowMissing(row: "办件 #1", entry: try lastEntry("ledger_case", "id=1")),
                .rowMissing(row: "办理环节 #1 verify", entry: try lastEntry("case_step", "case_id=1,step_id='verify'")),
            ])
    }

    @Test func importedRowsChangedAddedOrDeletedAreFoundByTheirBatch() throws {
        defer { fixture.remove() }
        // Case 2 came in batch 1 and has not changed since; batch 2 holds the event.
        try fixture.tamper(
            dropping: ["ledger_case_audited_update"], "UPDATE ledger_case SET student_name = '赵六' WHERE id = 2")
        try fixture.tamper(
            dropping: ["assessment_event_no_delete"], "DELETE FROM assessment_event WHERE import_batch_id = 2")
        #expect(try problems() == [.batchChanged(batch: 1), .batchChanged(batch: 2)])
    }

    @Test func rowsAddedBehindTheTrailAreFound() throws {
        defer { fixture.remove() }
        try fixture.tamper(
            """
            INSERT INTO ledger_case (id, service_id, window_number, student_number, post, channel, submitted_at,
                accepted_on, limit_kind, limit_value, on_correction, due, status, accepted_by)
            VALUES (99, 'student-id-replacement', 1, '2021040199', 'B', 'on_site', '2026-10-12T09:30',
                '2026-10-12', 'working_days', 5, 'pause', '2026-10-19', 'open', '小王');
            INSERT INTO assessment_event (date, window_number, staff, item, count, recorded_by, import_batch_id)
            VALUES ('2026-10-10', 1, '小王', 'discipline.absent', 1, '办公室', 2);
            INSERT INTO import_batch (id, kind, file, fingerprint, rows, imported_at, imported_by)
            VALUES (9, 'cases', 'x.csv', 'x', 0, '2026-10-20T09:00', '管理员')
            """)
        #expect(
            try problems() == [
                .rowUnrecorded(row: "办件 #99"), .rowUnrecorded(row: "导入批次 #9"), .batchChanged(batch: 2),
                .batchUnsealed(batch: 9),
            ])
    }

    @Test func aDeletedPublishedResultCannotBePublishedAgainUnnoticed() throws {
        defer { fixture.remove() }
        let entry = try lastEntry("published_score", "id=1")
        try fixture.tamper(dropping: ["published_score_frozen_delete"], "DELETE FROM published_score")
        #expect(try problems() == [.rowMissing(row: "已发布的考核结果 #1", entry: entry)])
        let desk = ScoreDesk(ledger: fixture.ledger, rules: LedgerFixture.rules, catalogFingerprint: "catalog")
        do {
            _ = try desk.publish(
                scheme: "wulong-monthly", period: Period("2026-10")!, at: AuditFixture.at("2026-11-03T08:00"),
                by: "director")
            Issue.record("a deleted result was published again")
        } catch {
            #expect(error.code == .publishedResultMissing)
            #expect(error.message.contains("审计记录 #\(entry)") && error.message.contains("audit verify"))
        }
        // Put back by hand with another result, under its old id: found all the same.
        try fixture.tamper(
            """
            INSERT INTO published_score (id, scheme, period, result, catalog_fingerprint, rules_fingerprint,
                published_at, published_by)
            VALUES (1, 'wulong-monthly', '2026-10', '{}', 'catalog', 'rules', '2026-11-02T08:00', '主任')
            """)
        #expect(try problems() == [.rowChanged(row: "已发布的考核结果 #1", entry: entry)])
    }

    @Test func recomputedDuesAndDisclosuresKeepTheLedgerVouchedFor() throws {
        defer { fixture.remove() }
        _ = try fixture.base.accept(at: "2027-01-29T10:00")
        _ = try fixture.ledger.addReferral(
            question: "奖学金名单何时公示", student: nil, window: 2, sentTo: "学生资助科", at: AuditFixture.at("2027-02-04T10:00"),
            by: "w01-a")
        let updated = try Ledger(database: fixture.ledger.database, catalog: ProvisionalDueTests.catalogWith2027())
        #expect(
            try updated.recomputeProvisionalDues(at: AuditFixture.at("2026-12-01T09:00"), by: "director").count == 2)
        // An unmasked view is recorded as an entry about no stored row: chained, not state-checked.
        struct Disclosure: Codable { var reason: String }
        try fixture.ledger.database.writer.write { db in
            try AuditTrail.append(
                db, entity: "disclosure", id: 0, action: "unmask", actor: "王主任", at: "2026-12-01T09:10",
                before: Disclosure?.none, after: Disclosure(reason: "核对学籍"))
        }
        let entry = try fixture.lastEntry()
        #expect(try fixture.entries(about: "disclosure", key: "id=0").isEmpty)
        #expect(try problems() == [])
        try fixture.tamper(
            dropping: ["audit_is_append_only_update"], "UPDATE audit SET after = '{}' WHERE id = ?", [entry])
        #expect(try problems() == [.brokenLink(entry: entry)])
    }

    @Test func aGuardLeftOutWeakenedOrAddedIsFound() throws {
        defer { fixture.remove() }
        try fixture.tamper(dropping: ["repair_no_delete"], "SELECT 1", restoring: false)
        try fixture.tamper(
            dropping: ["complaint_no_delete"],
            "CREATE TRIGGER complaint_no_delete BEFORE DELETE ON complaint WHEN 0 BEGIN SELECT RAISE(ABORT, 'x'); END",
            restoring: false)
        try fixture.tamper(
            "CREATE TRIGGER quietly AFTER INSERT ON ledger_case BEGIN UPDATE audit_permit SET used_through = 0; END")
        #expect(
            try problems() == [
                .guardChanged(trigger: "complaint_no_delete"), .guardMissing(trigger: "repair_no_delete"),
                .guardAdded(trigger: "quietly"),
            ])
    }
}
