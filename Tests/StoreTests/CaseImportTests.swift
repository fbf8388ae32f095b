import Catalog
import Foundation
import GRDB
import Store
import Testing

@Suite struct CaseImportTests {
    let fixture: LedgerFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try LedgerFixture() }

    func importing(_ csv: String, allowDuplicates: Bool = false) throws(LedgerError) -> Ledger.ImportResult {
        try ledger.importCases(
            data: Data(csv.utf8), file: "ledger.csv", at: LedgerFixture.at("2026-11-23T09:00"), by: "clerk",
            allowDuplicates: allowDuplicates)
    }

    static let good = """
        service,window,student,submitted,completed,name
        学生证补办,1,2021040123,2026-09-28T09:30,2026-10-09T16:00,张三
        dorm-repair,11,"2022010001",2026-10-01T22:15,,
        奖学金申请受理与审核,2,2023020002,2026-10-12,,"李,四"

        """

    @Test func importsAllRowsInOneBatchWithItsTrail() throws {
        defer { fixture.remove() }
        let result = try importing(Self.good)
        #expect(result.rows == 3)
        let cases = try ledger.list()
        #expect(cases.count == 3)
        #expect(cases.allSatisfy { $0.importBatchId == result.batch?.id })
        #expect(cases.contains { $0.studentName == "李,四" })
        #expect(cases.first { $0.serviceId == "student-id-replacement" }?.status == .completed)
        #expect(cases.first { $0.serviceId == "dorm-repair" }?.due == "2026-10-03T22:15")
    }

    @Test func chineseHeadersAreUnderstood() throws {
        defer { fixture.remove() }
        let csv = "\u{FEFF}事项,窗口,学号,提交时间\n学生证补办,1,2021040123,2026-09-28T09:30\n"
        #expect(try importing(csv).rows == 1)
    }

    @Test(arguments: [
        ("学生证补班,1,2021040123,2026-09-28T09:30,,", "第 2 行，“service”列"),
        ("学生证补办,99,2021040123,2026-09-28T09:30,,", "第 2 行，“window”列"),
        ("学生证补办,11,2021040123,2026-09-28T09:30,,", "第 2 行，“window”列"),
        ("学生证补办,1,,2026-09-28T09:30,,", "第 2 行，“student”列"),
        ("学生证补办,1,2021040123,2026-09-31,,", "第 2 行，“submitted”列"),
        ("学生证补办,1,2021040123,2099-12-30,,", "第 2 行，“submitted”列"),
        ("学生证补办,1,2021040123,2026-09-28T09:30,2026-09-27,", "第 2 行，“completed”列"),
    ])
    func aBadRowStopsTheImportAndWritesNothing(_ row: String, _ expected: String) throws {
        defer { fixture.remove() }
        _ = try fixture.accept()
        let before = try ledger.database.writer.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM ledger_case") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM audit") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM import_batch") ?? 0
            )
        }
        let csv = "service,window,student,submitted,completed,name\n\(row)\n学生证补办,1,2021040124,2026-09-28T09:30,,\n"
        do {
            _ = try importing(csv)
            Issue.record("expected the import to fail")
        } catch {
            #expect(error.message.contains(expected), "\(error.message)")
        }
        let after = try ledger.database.writer.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM ledger_case") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM audit") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM import_batch") ?? 0
            )
        }
        #expect(before == after)
    }

    @Test func aBadRowFarDownNamesItsLine() throws {
        defer { fixture.remove() }
        var csv = "service,window,student,submitted\n"
        for index in 0..<500 { csv += "学生证补办,1,\(2_021_000_000 + index),2026-09-28T09:30\n" }
        csv += "学生证补办,1,2021040123,not-a-date\n"
        #expect(
            throws: LedgerError(
                "ledger.csv 第 502 行，“submitted”列：不是日期，应写作 YYYY-MM-DD、YYYY-MM-DD HH:MM、YYYY/M/D 或 YYYY/M/D H:MM",
                code: .rowInvalid, details: ErrorDetails(file: "ledger.csv", row: 502, column: "submitted"))
        ) {
            try importing(csv)
        }
        #expect(try ledger.count() == 0)
    }

    @Test func unknownOrMissingColumnsAreRefused() throws {
        defer { fixture.remove() }
        #expect(throws: LedgerError.self) { try importing("service,window,studnet,submitted\nx,1,2,2026-09-28\n") }
        #expect(throws: LedgerError.self) { try importing("service,window,student\nx,1,2\n") }
        #expect(throws: LedgerError.self) { try importing("") }
        #expect(throws: LedgerError.self) {
            try importing("service,window,student,submitted\n\"unclosed,1,2,2026-09-28\n")
        }
    }

    @Test func aReExportWithCRLFAndOneMoreRowImportsOnlyTheNewRow() throws {
        defer { fixture.remove() }
        _ = try importing(Self.good)
        // The same cases as Excel re-exports them: CRLF, its own date format, one case added.
        let reExport =
            Self.good.replacingOccurrences(of: "\n", with: "\r\n")
            .replacingOccurrences(of: "2026-09-28T09:30", with: "2026/9/28 9:30")
            + "学生证补办,1,2021040125,2026/10/12 9:30,,王五\r\n"
        let second = try importing(reExport)
        #expect(second.rows == 1)
        #expect(second.repeatedLines == [2, 3, 4])
        #expect(try ledger.count() == 4)
        // The same file once more: nothing new, nothing written, and it says so.
        let third = try importing(reExport)
        #expect(third.batch == nil && third.rows == 0 && third.repeatedLines == [2, 3, 4, 5])
        #expect(try ledger.count() == 4)
        #expect(try importing(Self.good, allowDuplicates: true).rows == 3)
        #expect(try ledger.count() == 7)
    }

    @Test func aRepeatWithACompletionTheLedgerLacksIsNamed() throws {
        defer { fixture.remove() }
        _ = try fixture.accept()  // 2021040123, 学生证补办, 2026-09-28T09:30, still open
        let csv = "事项,窗口,学号,提交时间,办结时间\n学生证补办,1,2021040123,2026-09-28 09:30,2026/10/9 16:00\n"
        let result = try importing(csv)
        #expect(result.rows == 0 && result.repeatedLines == [2] && result.repeatedWithNewCompletion == [2])
    }

    @Test func whatExcelOnAChineseWindowsMachineWritesIsRead() throws {
        defer { fixture.remove() }
        let csv =
            "\u{FEFF}事项,窗口,学号,提交时间,办结时间,绿色通道,岗位,渠道\r\n"
            + "学生证补办,1,2021040123,2026/10/12 9:30,2026/10/13 16:05,TRUE,B岗,现场\r\n"
            + "学生证补办,1,2021040124,2026/10/12,,FALSE,A,\r\n"
            + "学生证补办,1,2021040125,2026-10-12 09:30:00,,是,,\r\n"
        #expect(try importing(csv).rows == 3)
        let cases = try ledger.list().sorted { $0.studentNumber < $1.studentNumber }
        #expect(cases.map(\.submittedAt) == ["2026-10-12T09:30", "2026-10-12T00:00", "2026-10-12T09:30"])
        #expect(cases.map(\.greenChannel) == [true, false, true])
        #expect(cases.map(\.post) == [.b, .a, .b])
        #expect(cases[0].completedAt == "2026-10-13T16:05" && cases[0].status == .completed)
    }

    @Test func aRowWithAnExtraColumnIsRefusedWithTheColumnNamed() throws {
        defer { fixture.remove() }
        let csv = "service,window,student,submitted,completed,name\n学生证补办,1,2021040123,2026-09-28T09:30,,李,四\n"
        do {
            _ = try importing(csv)
            Issue.record("a row with seven cells under six headers was imported")
        } catch {
            #expect(error.code == .extraColumn)
            #expect(error.message.contains("第 2 行，第 7 列（G 列）"), "\(error.message)")
        }
        #expect(try ledger.count() == 0)
        // Empty trailing cells, which spreadsheets add, are no extra column.
        #expect(try importing("service,window,student,submitted\n学生证补办,1,2021040123,2026-09-28T09:30,,\n").rows == 1)
    }

    @Test func aStudentNumberNotOfTheHallsFormIsRefusedWithRowAndColumn() throws {
        defer { fixture.remove() }
        let csv =
            "service,window,student,submitted\n学生证补办,1,2021040123,2026-09-28T09:30\n学生证补办,1,abc,2026-09-28T09:30\n"
        do {
            _ = try importing(csv)
            Issue.record("student number abc was imported")
        } catch {
            #expect(error.code == .studentNumberPattern)
            #expect(error.message.contains("第 3 行，“student”列"), "\(error.message)")
        }
        #expect(try ledger.count() == 0)
    }
}
