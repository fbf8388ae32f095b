import Assessment
import Catalog
import Foundation
import GRDB
import Testing

@testable import Store

/// A ledger with one of everything the trail vouches for, written through onestop, and the ways
/// someone with the database file and `sqlite3` would tamper with it.
struct AuditFixture {
    let base: LedgerFixture
    var ledger: Ledger { base.ledger }
    var verifier: AuditVerifier { AuditVerifier(database: ledger.database) }

    init() throws { base = try LedgerFixture() }

    func remove() { base.remove() }

    static func at(_ text: String) -> CivilDateTime { LedgerFixture.at(text) }

    /// Cases accepted, paused, resumed, stepped, completed and imported; follow-ups answered;
    /// events imported; a month published, and corrected after a late event.
    func day() throws {
        let id = try #require(try base.accept().id)
        _ = try ledger.pause(id, at: Self.at("2026-09-28T09:40"), by: "w01-b1", reason: "缺一寸照片")
        _ = try ledger.resume(id, at: Self.at("2026-09-30T10:00"), by: "w01-b1")
        _ = try ledger.performStep(id, step: "verify", at: Self.at("2026-10-08T10:00"), by: "clerk")
        _ = try ledger.complete(id, at: Self.at("2026-10-14T16:00"), by: "w01-b1")
        let referral = try ledger.addReferral(
            question: "宿舍调换", student: nil, window: 1, sentTo: "后勤处", at: Self.at("2026-10-08T10:00"), by: "w01-b1")
        _ = try ledger.answerReferral(
            try #require(referral.id), answer: "已答复", at: Self.at("2026-10-08T15:00"), by: "w01-b1")
        _ = try ledger.addComplaint(
            about: "1", text: "等候太久", student: nil, window: 1, at: Self.at("2026-10-09T10:00"), by: "w01-b1")
        _ = try ledger.addRepair(
            location: "大厅 1 号窗口", description: "叫号机不亮", student: nil, at: Self.at("2026-10-09T11:00"), by: "w01-b1")
        let imported = try ledger.importCases(
            data: Data(
                """
                service,window,student,submitted,completed,name
                学生证补办,1,2021040124,2026-10-12T09:30,2026-10-13T16:00,李四
                学生证补办,1,2021040125,2026-10-12T10:30,,王五

                """.utf8), file: "ledger.csv", at: Self.at("2026-10-20T09:00"), by: "clerk")
        let open = try #require(
            try ledger.list().first { $0.importBatchId == imported.batch?.id && $0.status == .open }?.id)
        _ = try ledger.complete(open, at: Self.at("2026-10-20T10:00"), by: "w01-b1")
        _ = try base.eventBook.importEvents(
            data: Data("date,window,staff,post,item,count\n2026-10-09,1,小王,B,discipline.late_or_early,1\n".utf8),
            file: "events.csv", at: Self.at("2026-11-01T09:00"), by: "clerk")
        let desk = ScoreDesk(ledger: ledger, rules: LedgerFixture.rules, catalogFingerprint: "catalog")
        _ = try desk.publish(
            scheme: "wulong-monthly", period: Period("2026-10")!, at: Self.at("2026-11-02T08:00"), by: "director")
        _ = try base.eventBook.importEvents(
            data: Data("date,window,staff,post,item,count\n2026-10-20,2,小李,,discipline.absent,1\n".utf8),
            file: "late.csv", at: Self.at("2026-11-10T09:00"), by: "clerk", correction: true)
        _ = try desk.correct(
            scheme: "wulong-monthly", period: Period("2026-10")!, at: Self.at("2026-11-20T09:00"), by: "director",
            reason: "漏记一次缺岗")
    }

    /// Runs SQL on the file as `sqlite3` would (foreign keys not enforced), with the named
    /// triggers dropped first and put back after, as someone covering their tracks would.
    func tamper(
        dropping triggers: [String] = [], _ sql: String, _ arguments: StatementArguments = [], restoring: Bool = true
    ) throws {
        try ledger.database.writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            try db.inTransaction {
                var definitions: [String] = []
                for trigger in triggers {
                    definitions.append(
                        try String.fetchOne(
                            db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                            arguments: [trigger]) ?? "")
                    try db.execute(sql: "DROP TRIGGER \(trigger)")
                }
                try db.execute(sql: sql, arguments: arguments)
                if restoring { for definition in definitions { try db.execute(sql: definition) } }
                return .commit
            }
        }
    }

    /// Recomputes every entry's hash from the first, as someone who rewrote history would.
    func rechain() throws {
        try ledger.database.writer.write { db in
            let guardTrail = try String.fetchOne(
                db, sql: "SELECT sql FROM sqlite_master WHERE name = 'audit_is_append_only_update'")
            try db.execute(sql: "DROP TRIGGER audit_is_append_only_update")
            defer { if let guardTrail { try? db.execute(sql: guardTrail) } }
            var previous = AuditChain.genesis
            for entry in try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY id") {
                let hash = AuditChain.hash(previous: previous, entry.columnValues)
                try db.execute(sql: "UPDATE audit SET hash = ? WHERE id = ?", arguments: [hash, entry["id"]])
                previous = hash
            }
        }
    }

    func lastEntry() throws -> Int64 {
        try ledger.database.read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM audit") ?? 0 }
    }

    /// The first entry about `table`'s row `key`, and the last.
    func entries(about table: String, key: String) throws -> [Int64] {
        try ledger.database.read { db in
            try Int64.fetchAll(
                db, sql: "SELECT id FROM audit WHERE row_table = ? AND row_key = ? ORDER BY id",
                arguments: [table, key])
        }
    }
}
