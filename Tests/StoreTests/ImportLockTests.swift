import Catalog
import Foundation
import GRDB
import Store
import Testing

/// A long import leaves the desk free: while its rows are being written, a second connection
/// to the same file (as a second process would open it) accepts a case at once.
@Suite struct ImportLockTests {
    let fixture: LedgerFixture

    init() throws { fixture = try LedgerFixture() }

    @Test func aCaseIsAcceptedWhileAnImportIsWritingItsRows() throws {
        defer { fixture.remove() }
        var csv = "service,window,student,submitted\n"
        for row in 0..<3000 { csv += "学生证补办,1,2022\(String(format: "%06d", row)),2026-09-28T09:30\n" }
        // Waiting is switched off: if the import held the write lock, this would fail at once.
        var configuration = Configuration()
        configuration.busyMode = .immediateError
        let desk = try Ledger(
            database: AppDatabase(writer: DatabasePool(path: fixture.path, configuration: configuration)),
            catalog: LedgerFixture.catalog)
        var accepted: [Result<CaseRecord, LedgerError>] = []
        let result = try fixture.ledger.importCases(
            data: Data(csv.utf8), file: "ledger.csv", at: LedgerFixture.at("2026-11-01T09:00"), by: "clerk",
            onProgress: { rows in
                guard accepted.isEmpty, rows >= 1000 else { return }
                accepted.append(
                    Result { () throws(LedgerError) in
                        try desk.accept(
                            AcceptRequest(
                                service: "dorm-repair", window: 11, studentNumber: "2021040123", post: .b,
                                at: LedgerFixture.at("2026-10-01T22:15"), by: "w11-b1"))
                    })
            })
        #expect(accepted.count == 1)
        if case .failure(let error) = accepted.first { Issue.record("accept during the import failed: \(error)") }
        #expect(result.rows == 3000)
        #expect(try fixture.ledger.count() == 3001)
    }
}
