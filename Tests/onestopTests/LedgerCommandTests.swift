import Foundation
import GRDB
import Testing

/// The ledger through the command line, on real database files, including two processes at
/// once and a process killed in the middle of an import.
@Suite struct LedgerCommandTests {
    let folder: URL
    var db: String { folder.appendingPathComponent("onestop.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-ledger-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Runs on a terminal set up for one member of staff (`ONESTOP_STAFF`), as a window's would be.
    func onestop(_ arguments: [String], environment: [String: String] = ["ONESTOP_STAFF": "w01-b1"]) throws
        -> CommandRunner.Output
    {
        try CommandRunner.run(arguments + ["--db", db], environment: environment)
    }

    func count(_ table: String = "ledger_case") throws -> Int {
        try DatabaseQueue(path: db).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }

    @Test func acceptCompleteAndOverdueFollowTheContract() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let accepted = try onestop([
            "cases", "accept", "学生证补办", "--window", "1", "--student", "2021040123", "--at", "2026-09-28T09:30",
            "--format", "json",
        ])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        let body = try CommandRunner.json(accepted.stdout)
        for key in ["id", "service", "window", "accepted", "due", "status"] {
            #expect(body.keys.contains(key), "\(key)")
        }
        #expect(body["due"] as? String == "2026-10-10")
        #expect(body["student"] as? String == "2021****23")
        let id = try #require(body["id"] as? Int)
        #expect(try onestop(["cases", "complete", String(id), "--at", "2026-10-13T16:00"]).status == 0)
        let overdue = try onestop(["cases", "overdue", "--as-of", "2026-10-31", "--format", "json"])
        let report = try CommandRunner.json(overdue.stdout)
        #expect(report["as_of"] as? String == "2026-10-31")
        let first = try #require((report["cases"] as? [[String: Any]])?.first)
        for key in ["id", "service", "window", "accepted", "due", "completed", "overdue_working_days"] {
            #expect(first.keys.contains(key), "\(key)")
        }
        #expect(first["overdue_working_days"] as? Int == 2)  // due 10-10 (a worked Saturday): 10-12 and 10-13
        let unmasked = try onestop(["cases", "show", String(id), "--unmask", "核对学号", "--format", "json"])
        #expect(unmasked.stdout.contains("2021040123"))
        let masked = try onestop(["cases", "list"])
        #expect(!masked.stdout.contains("2021040123") && masked.stdout.contains("2021****23"))
    }

    @Test func refusalsOfTheLedgerExitOneWithAMessage() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let wrongWindow = try onestop([
            "cases", "accept", "学生证补办", "--window", "11", "--student", "1", "--at", "2026-09-28T09:30",
        ])
        #expect(wrongWindow.status == 1)
        #expect(wrongWindow.stderr.contains("应在1号窗口"))
        let missing = try onestop(["cases", "complete", "42", "--at", "2026-09-28T09:30"])
        #expect(missing.status == 1 && missing.stderr.contains("没有编号为 42 的办件"))
    }

    @Test func aDateOnlyAtIsRefusedAndASecondAcceptanceTheSameDayWarns() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let accept = ["cases", "accept", "学生证补办", "--window", "1", "--student", "2021040123", "--at"]
        let dateOnly = try onestop(accept + ["2026-10-12"])
        #expect(dateOnly.status != 0 && dateOnly.stderr.contains("只有日期没有时刻"), "\(dateOnly.stderr)")
        let abc = try onestop([
            "cases", "accept", "学生证补办", "--window", "1", "--student", "abc", "--at", "2026-10-12T09:30",
        ])
        #expect(abc.status == 1 && abc.stderr.contains("不符合本大厅的学号格式"), "\(abc.stderr)")
        #expect(try onestop(accept + ["2026-10-12T09:30"]).stderr.isEmpty)
        let second = try onestop(accept + ["2026-10-12T14:00"])
        #expect(second.status == 0 && second.stderr.contains("提醒：该学生当天已受理过同一事项（办件 #1）"), "\(second.stderr)")
        #expect(try count() == 2)
    }

    @Test func transferToAWindowThatDoesNotOfferTheServiceIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try onestop([
            "cases", "accept", "学生证补办", "--window", "1", "--student", "2021040123", "--at", "2026-10-12T09:30",
        ])
        let moved = try onestop(["cases", "transfer", "1", "--window", "6", "--at", "2026-10-12T10:00"])
        #expect(moved.status == 1 && moved.stderr.contains("6号窗口不办理“学生证补办”"), "\(moved.stderr)")
    }

    @Test func reImportingAReExportTellsHowManyRowsWereAlreadyThere() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("ledger.csv")
        try "事项,窗口,学号,提交时间\n学生证补办,1,2021040123,2026-10-12T09:30\n".write(
            to: first, atomically: true, encoding: .utf8)
        #expect(try onestop(["cases", "import", first.path, "--at", "2026-11-01T09:00"]).status == 0)
        let again = folder.appendingPathComponent("ledger-again.csv")
        try "事项,窗口,学号,提交时间\r\n学生证补办,1,2021040123,2026/10/12 9:30\r\n学生证补办,1,2021040124,2026/10/12 9:40\r\n"
            .write(to: again, atomically: true, encoding: .utf8)
        let output = try onestop(["cases", "import", again.path, "--at", "2026-11-01T09:05"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("已导入 1 件") && output.stdout.contains("另有 1 行已在台账中"), "\(output.stdout)")
        #expect(output.stdout.contains("第 2 行"))
        #expect(try count() == 2)
    }

    @Test func twoProcessesWritingAtOnceLoseNothing() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try onestop(["cases", "list"])  // create and migrate the file first
        var processes: [Process] = []
        for batch in 0..<2 {
            var csv = "service,window,student,submitted\n"
            for row in 0..<3000 { csv += "学生证补办,1,202\(batch)\(String(format: "%06d", row)),2026-09-28T09:30\n" }
            let file = folder.appendingPathComponent("batch\(batch).csv")
            try csv.write(to: file, atomically: true, encoding: .utf8)
            processes.append(
                try CommandRunner.start(
                    ["cases", "import", file.path, "--db", db, "--by", "w01-a"],
                    output: folder.appendingPathComponent("import\(batch).log")))
        }
        for index in 0..<5 {
            let output = try onestop([
                "cases", "accept", "dorm-repair", "--window", "11", "--student", "202100000\(index)", "--at",
                "2026-10-01T22:15",
            ])
            #expect(output.status == 0, "\(output.stderr)")
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        #expect(try count() == 6005)
        #expect(try count("import_batch") == 2)
    }

    @Test func aProcessKilledMidImportLeavesAllOrNothing() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        var csv = "service,window,student,submitted\n"
        csv.reserveCapacity(5_000_000)
        for row in 0..<100_000 { csv += "学生证补办,1,2021\(String(format: "%06d", row)),2026-09-28T09:30\n" }
        let file = folder.appendingPathComponent("ledger.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        _ = try onestop(["cases", "list"])
        let log = folder.appendingPathComponent("import.log")
        let process = try CommandRunner.start(["cases", "import", file.path, "--db", db, "--by", "w01-a"], output: log)
        // Wait until every row is validated and the write transaction is under way, then kill.
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, process.isRunning,
            !((try? String(contentsOf: log, encoding: .utf8))?.contains("正在写入") ?? false)
        {
            Thread.sleep(forTimeInterval: 0.01)
        }
        Thread.sleep(forTimeInterval: 0.05)
        let killedMidway = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let queue = try DatabaseQueue(path: db)
        let integrity = try queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
        #expect(integrity == "ok")
        let rows = try count()
        #expect(rows == 0 || rows == 100_000, "\(rows) rows after kill -9")
        print("kill -9 during import: killed mid-write = \(killedMidway), rows afterwards = \(rows)")
    }
}

extension LedgerCommandTests {
    @Test func overdueTakesAPeriodAWindowAndWritesCSV() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        for (student, window, service) in [("2021040123", "1", "学生证补办"), ("2021040124", "11", "dorm-repair")] {
            let accepted = try onestop([
                "cases", "accept", service, "--window", window, "--student", student, "--at", "2026-09-28T09:30",
            ])
            #expect(accepted.status == 0, "\(accepted.stderr)")
        }
        let text = try onestop(["cases", "overdue", "--period", "2026-10"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("2026-10-01 至 2026-10-31"))
        #expect(text.stdout.contains("1号窗口：逾期办件 1 件，其他 0 件，共 15 个工作日"), "\(text.stdout)")
        #expect(text.stdout.contains("逾期日：2026-10-12、2026-10-13"))
        let one = try onestop(["cases", "overdue", "--period", "2026-10", "--window", "1", "--format", "json"])
        let body = try CommandRunner.json(one.stdout)
        #expect((body["totals"] as? [[String: Any]])?.count == 1)
        let days = (body["cases"] as? [[String: Any]])?.first?["overdue_days"] as? [String]
        #expect(days?.first == "2026-10-12" && days?.count == 15)
        let csv = try onestop(["cases", "overdue", "--from", "2026-10-12", "--to", "2026-10-13", "--format", "csv"])
        let lines = csv.stdout.split(separator: "\r\n").map(String.init)
        #expect(lines.first == "\u{FEFF}窗口,类别,编号,事项,学号,期限,办结,逾期日期,逾期小时")
        #expect(lines.contains("1,办件,1,学生证补办,2021****23,2026-10-10,,2026-10-12,"))
        #expect(lines.contains("1,办件,1,学生证补办,2021****23,2026-10-10,,2026-10-13,"))
        #expect(lines.contains { $0.hasPrefix("11,办件,2,学生宿舍生活设施报修") && $0.hasSuffix(",48") }, "\(lines)")
        let clash = try onestop(["cases", "overdue", "--period", "2026-10", "--from", "2026-10-01"])
        #expect(clash.status != 0 && clash.stderr.contains("--period 不能与"))
    }
}
