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
            data: Data(csv.utf8), file: "ledger.csv", at: LedgerFixture.at("2026-11-23T09:00"), by: "管理员",
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
        #expect(cases.allSatisfy { $0.importBatchId == result.batch.id })
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
        for index in 0..<500 { csv += "学生证补办,1,20210\(index),2026-09-28T09:30\n" }
        csv += "学生证补办,1,2021,not-a-date\n"
        #expect(
            throws: LedgerError("ledger.csv 第 502 行，“submitted”列：“not-a-date”不是日期，应写作 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM")
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

    @Test func theSameFileTwiceIsRefusedUnlessAllowed() throws {
        defer { fixture.remove() }
        _ = try importing(Self.good)
        #expect(throws: LedgerError.self) { try importing(Self.good) }
        #expect(try importing(Self.good, allowDuplicates: true).rows == 3)
        #expect(try ledger.count() == 6)
    }
}
