import Foundation
import GRDB
import Hall
import Store
import Testing

/// `audit verify` as the library gives it: an intact ledger names its head, a row changed
/// behind the trail's back is a problem with its code, and a missing file is not created.
@Suite struct AuditVerificationTests {
    let fixture: HallFixture

    init() throws { fixture = try HallFixture() }

    var path: String { fixture.folder.appendingPathComponent("onestop.sqlite").path }

    @Test func anIntactLedgerNamesItsHeadInTextAndJSON() throws {
        defer { fixture.remove() }
        _ = try fixture.importSample()
        let document = try AuditVerification(databasePath: path).verify()
        #expect(document.isIntact)
        #expect(document.text.hasPrefix("审计链完整：共 1 条记录"), "\(document.text)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(document.json.utf8)) as? [String: Any])
        #expect(json["intact"] as? Bool == true && json["entries"] as? Int == 1)
        #expect((json["head"] as? [String: Any])?["id"] as? Int == 1)
    }

    @Test func aRowChangedBehindTheTrailIsAProblemWithItsCode() throws {
        defer { fixture.remove() }
        _ = try fixture.importSample()
        try fixture.ledger.database.writer.write { db in
            try db.execute(sql: "DROP TRIGGER ledger_case_audited_update")
            try db.execute(sql: "UPDATE ledger_case SET due = '2030-01-01' WHERE id = 1")
        }
        let document = try AuditVerification(databasePath: path).verify()
        #expect(!document.isIntact)
        #expect(document.text.hasPrefix("审计记录与台账不符"), "\(document.text)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(document.json.utf8)) as? [String: Any])
        let codes = (json["problems"] as? [[String: Any]])?.compactMap { $0["code"] as? String } ?? []
        #expect(codes.contains("guard-missing"), "\(codes)")
    }

    @Test func aMissingFileIsRefusedAndNotCreated() throws {
        defer { fixture.remove() }
        let missing = fixture.folder.appendingPathComponent("none.sqlite").path
        #expect(throws: LedgerError.self) { _ = try AuditVerification(databasePath: missing).verify() }
        #expect(!FileManager.default.fileExists(atPath: missing))
    }
}
