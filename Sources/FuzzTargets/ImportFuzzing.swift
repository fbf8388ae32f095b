import Catalog
import Foundation
import GRDB
import Store

/// A CSV of any bytes imported into a new in-memory ledger of the shipped hall: imported whole
/// or refused with a stable code, and a refused import leaves the ledger as it was.
enum ImportFuzzing {
    static let importedAt = CivilDateTime("2026-11-01T09:00")!

    static func importEvents(_ input: Data, on fixture: FuzzFixture) -> FuzzFindings {
        var findings = FuzzFindings()
        do {
            let database = try AppDatabase(writer: DatabaseQueue())
            let book = EventBook(database: database, catalog: fixture.catalog, schemes: fixture.rules.schemes)
            let before = try rowCount("assessment_event", in: database)
            do {
                _ = try book.importEvents(data: input, file: "fuzz.csv", at: importedAt, by: "deputy")
                findings.accepted = true
            } catch {
                if try rowCount("assessment_event", in: database) != before {
                    findings.broken.append("a refused events import (\(error.code)) wrote rows")
                }
            }
        } catch {
            findings.broken.append("the in-memory ledger could not be opened: \(error)")
        }
        return findings
    }

    static func importCases(_ input: Data, on fixture: FuzzFixture) -> FuzzFindings {
        var findings = FuzzFindings()
        do {
            let database = try AppDatabase(writer: DatabaseQueue())
            let ledger = try Ledger(database: database, catalog: fixture.catalog, clock: .fixed(importedAt))
            let before = try rowCount("ledger_case", in: database)
            do {
                _ = try ledger.importCases(data: input, file: "fuzz.csv", at: importedAt, by: "deputy")
                findings.accepted = true
            } catch {
                if try rowCount("ledger_case", in: database) != before {
                    findings.broken.append("a refused cases import (\(error.code)) wrote rows")
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
