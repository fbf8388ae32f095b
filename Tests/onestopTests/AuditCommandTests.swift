import Foundation
import GRDB
import Testing

/// `onestop audit verify`: the chain head to note, exit 1 with the problem named when the file
/// was changed behind onestop's back, and a noted head checked with `--anchor`.
@Suite struct AuditCommandTests {
    let folder: URL
    var db: String { folder.appendingPathComponent("onestop.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func onestop(_ arguments: [String]) throws -> CommandRunner.Output {
        try CommandRunner.run(arguments + ["--db", db], environment: ["ONESTOP_STAFF": "w01-b1"])
    }

    func head() throws -> String {
        let output = try onestop(["audit", "verify", "--format", "json"])
        let head = try #require(try CommandRunner.json(output.stdout)["head"] as? [String: Any])
        return "\(try #require(head["id"] as? Int)):\(try #require(head["hash"] as? String))"
    }

    @Test func verifyNamesTheHeadAndFindsACaseChangedBehindItsBack() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let accepted = try onestop([
            "cases", "accept", "学生证补办", "--window", "1", "--student", "2021040123", "--at", "2026-09-28T09:30",
        ])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(try onestop(["cases", "complete", "1", "--at", "2026-10-13T16:00"]).status == 0)
        let intact = try onestop(["audit", "verify"])
        #expect(intact.status == 0, "\(intact.stderr)")
        let noted = try head()
        #expect(intact.stdout.contains("审计链完整：共 2 条记录") && intact.stdout.contains("链头：#2 "))
        #expect(intact.stdout.contains("--anchor \(noted)"))
        #expect(try onestop(["audit", "verify", "--anchor", noted]).status == 0)

        // Moved a day earlier with sqlite3: the trigger refuses, so it is dropped first.
        try DatabaseQueue(path: db).write { db in
            #expect(throws: (any Error).self) {
                try db.execute(sql: "UPDATE ledger_case SET completed_at = '2026-10-12T16:00'")
            }
            try db.execute(
                sql: "DROP TRIGGER ledger_case_audited_update; UPDATE ledger_case SET completed_at = '2026-10-12T16:00'"
            )
        }
        let tampered = try onestop(["audit", "verify"])
        #expect(tampered.status == 1)
        #expect(tampered.stdout.contains("办件 #1 与审计记录 #2 所记不符"), "\(tampered.stdout)")
        #expect(tampered.stdout.contains("从备份恢复"))
        let json = try CommandRunner.json(try onestop(["audit", "verify", "--format", "json"]).stdout)
        #expect(json["intact"] as? Bool == false)
        let first = (json["problems"] as? [[String: Any]])?.first
        #expect(first?["entry"] as? Int == 2 && first?["code"] as? String == "row-changed")
    }

    @Test func aNotedHeadThatNoLongerFitsFailsAndABadOneIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try onestop(["repairs", "add", "大厅", "灯不亮", "--at", "2026-10-09T11:00"]).status == 0)
        let other = "1:" + String(repeating: "0", count: 64)
        let changed = try onestop(["audit", "verify", "--anchor", other])
        #expect(changed.status == 1 && changed.stdout.contains("记下的链头 #1 的哈希已变"), "\(changed.stdout)")
        let bad = try onestop(["audit", "verify", "--anchor", "1:abc"])
        #expect(bad.status == 64 && bad.stderr.contains("编号:哈希"), "\(bad.stderr)")
        let missing = try CommandRunner.run([
            "audit", "verify", "--db", folder.appendingPathComponent("none.sqlite").path,
        ])
        #expect(missing.status == 2 && missing.stderr.contains("没有数据库文件"))
    }

    @Test func processesWritingAtOnceKeepOneChain() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try onestop(["repairs", "add", "大厅", "灯不亮", "--at", "2026-10-09T11:00"]).status == 0)
        let processes = try (0..<4).map { index in
            try CommandRunner.start(
                [
                    "cases", "accept", "dorm-repair", "--window", "11", "--student", "202100000\(index)", "--at",
                    "2026-10-01T22:15", "--db", db, "--by", "w11-b1",
                ], output: folder.appendingPathComponent("accept\(index).log"))
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let verified = try onestop(["audit", "verify"])
        #expect(verified.status == 0 && verified.stdout.contains("共 5 条记录"), "\(verified.stdout)")
    }
}
