import Catalog
import Foundation
import GRDB
import Store

/// A CSV of any bytes imported into a new in-memory ledger of the shipped hall: imported whole
/// or refused with a stable code, and a refused import leaves the ledger as it was.
enum ImportFuzzing {
    static let importedAt = CivilDateTime("2026-11-01T09:00")!

    static func importEvents(_ input: Data, on fixture: FuzzFixture) -> FuzzFindings {
        tryImport(into: "assessment_event") { database throws(LedgerError) in
            let book = EventBook(database: database, catalog: fixture.catalog, schemes: fixture.rules.schemes)
            _ = try book.importEvents(data: input, file: "fuzz.csv", at: importedAt, by: "deputy")
        }
    }

    static func importCases(_ input: Data, on fixture: FuzzFixture) -> FuzzFindings {
        tryImport(into: "ledger_case") { database throws(LedgerError) in
            let ledger = try Ledger(database: database, catalog: fixture.catalog, clock: .fixed(importedAt))
            _ = try ledger.importCases(data: input, file: "fuzz.csv", at: importedAt, by: "deputy")
        }
    }

    /// Runs one import on a new in-memory ledger; a refusal must leave `table` as it was.
    static func tryImport(
        into table: String, _ perform: (AppDatabase) throws(LedgerError) -> Void
    ) -> FuzzFindings {
        var findings = FuzzFindings()
        do {
            let database = try AppDatabase(writer: DatabaseQueue())
            let before = try rowCount(table, in: database)
            do {
                try perform(database)
                findings.accepted = true
            } catch {
                if try rowCount(table, in: database) != before {
                    findings.broken.append("a refused import into \(table) (\(error.code)) wrote rows")
                }
            }
        } catch {
            findings.broken.append("the in-memory ledger could not be opened: \(error)")
        }
        return findings
    }

    static func rowCount(_ table: String, in database: AppDatabase) throws -> Int {
        try database.writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }
}
