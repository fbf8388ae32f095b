import Foundation
import GRDB
import Testing

@testable import Store

/// A large import digests its rows before it takes the write lock, so the lock is held only
/// for the rows' `INSERT … SELECT`: the digest it seals with must be the one the stored rows
/// give, rows repeating the ledger left out, and the staged values must arrive unchanged.
@Suite struct ImportSealTests {
    let fixture: LedgerFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try LedgerFixture() }

    func importing(_ csv: String) throws -> ImportBatchRecord {
        try #require(
            try ledger.importCases(
                data: Data(csv.utf8), file: "ledger.csv", at: LedgerFixture.at("2026-11-01T09:00"), by: "clerk"
            ).batch)
    }

    @Test func theDigestTakenBeforeTheLockIsTheStoredRowsDigest() throws {
        defer { fixture.remove() }
        _ = try importing("service,window,student,submitted\n学生证补办,1,2021040123,2026-09-28T09:30\n")
        // The second file repeats the first one's case: that row is set aside inside the lock.
        let batch = try importing(
            """
            service,window,student,submitted,completed,name
            学生证补办,1,2021040123,2026-09-28T09:30,,
            学生证补办,1,0021040124,2026-09-29T10:00,2026-10-09T16:00,O'Neil 李
            学生证补办,1,2021040125,2026-09-30T11:00,,

            """)
        #expect(batch.rows == 2)
        let (sealed, stored) = try ledger.database.writer.read { db in
            (
                try String.fetchOne(
                    db, sql: "SELECT rows_digest FROM import_batch WHERE id = ?", arguments: [batch.id]),
                try ImportBatchDigest.rows(db, batch: batch.id ?? 0)
            )
        }
        #expect(sealed == stored)
        #expect(try AuditVerifier(database: ledger.database).verify().problems == [])
    }

    /// The fast seal applies only while the staged columns are the ledger's: a migration that
    /// adds a column to `ledger_case` must stage it too, or every import seals the slow way.
    @Test func theStagedColumnsAreTheLedgersDigestedColumns() throws {
        defer { fixture.remove() }
        let columns = try ledger.database.writer.read { db in try db.columns(in: "ledger_case").map(\.name) }
        #expect(RowDigest.digested(columns, table: "ledger_case") == CaseStaging.columns.sorted())
    }

    @Test func aStudentNumberWithALeadingZeroArrivesAsWritten() throws {
        defer { fixture.remove() }
        _ = try importing("service,window,student,submitted,name\n学生证补办,1,0021040123,2026-09-28T09:30,007\n")
        let record = try #require(try ledger.list().first)
        #expect(record.studentNumber == "0021040123")
        #expect(record.studentName == "007")
    }
}
