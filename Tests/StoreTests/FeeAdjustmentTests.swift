import Catalog
import Foundation
import GRDB
import Testing

@testable import Store

/// Issue 12: fee adjustments follow the catalog's `adjustment_approval` (学生证补办's 工本费:
/// a deputy below 50 yuan, then the director), are audited like every ledger write, and never change.
@Suite struct FeeAdjustmentTests {
    func request(_ id: Int64, amount: String, by: String, role: String? = nil) -> FeeAdjustmentRequest {
        FeeAdjustmentRequest(
            caseId: id, fee: "工本费", amount: amount, reason: "家庭经济困难", at: LedgerFixture.at("2026-09-29T10:00"),
            by: by, role: role)
    }

    @Test func theApproversRoleComesFromTheStaffListUnlessGiven() throws {
        let fixture = try AuditFixture()
        defer { fixture.remove() }
        let id = try #require(try fixture.base.accept().id)
        let record = try fixture.ledger.adjustFee(request(id, amount: "7.5", by: "deputy"))
        #expect(record.amountFen == 750 && record.catalogFen == 1500 && record.approverRole == "deputy")
        #expect(throws: LedgerError.self) { try fixture.ledger.adjustFee(request(id, amount: "1", by: "w01-b1")) }
        do {
            _ = try fixture.ledger.adjustFee(request(id, amount: "1", by: "w01-b1"))
        } catch {
            #expect(error.errorCode == .feeAdjustmentNotApprovable)
            #expect(error.message.contains("须由副主任审批"))
        }
        let given = try fixture.ledger.adjustFee(request(id, amount: "1", by: "w01-b1", role: "director"))
        #expect(given.approverRole == "director")
        #expect(try fixture.ledger.feeAdjustments(of: id).map(\.amountFen) == [750, 100])
        let trail = try fixture.ledger.show(id).history.map(\.action)
        #expect(trail.suffix(2) == ["adjust-fee: 工本费 7.50", "adjust-fee: 工本费 1"])
        #expect(TrailAction("adjust-fee: 工本费 7.50").label(service: nil) == "费用减免：工本费 7.50 元")
        #expect(try fixture.verifier.verify().problems == [])
    }

    @Test func theTotalOfAFeeCannotPassTheFeeAndARefusedCaseHasNone() throws {
        let fixture = try LedgerFixture()
        defer { fixture.remove() }
        let id = try #require(try fixture.accept().id)
        _ = try fixture.ledger.adjustFee(request(id, amount: "10", by: "deputy"))
        #expect(throws: LedgerError.self) { try fixture.ledger.adjustFee(request(id, amount: "5.01", by: "deputy")) }
        _ = try fixture.ledger.adjustFee(request(id, amount: "5", by: "deputy"))
        let other = try #require(try fixture.accept(at: "2026-09-28T09:40").id)
        _ = try fixture.ledger.refuse(
            other, code: "not-enrolled", at: LedgerFixture.at("2026-09-28T10:00"), by: "w01-a")
        #expect(throws: LedgerError.self) { try fixture.ledger.adjustFee(request(other, amount: "5", by: "deputy")) }
        #expect(try fixture.ledger.feeAdjustments(of: other).isEmpty)
    }

    @Test func aChangedAdjustmentIsFoundByTheVerifierAndRowsNeverChange() throws {
        let fixture = try AuditFixture()
        defer { fixture.remove() }
        let id = try #require(try fixture.base.accept().id)
        _ = try fixture.ledger.adjustFee(request(id, amount: "5", by: "deputy"))
        #expect(throws: (any Error).self) {
            try fixture.ledger.database.writer.write { db in
                try db.execute(sql: "UPDATE fee_adjustment SET amount_fen = 1500")
            }
        }
        try fixture.tamper(dropping: ["fee_adjustment_no_update"], "UPDATE fee_adjustment SET amount_fen = 1500")
        let problems = try fixture.verifier.verify().problems
        #expect(problems.contains { if case .rowChanged(let row, _) = $0 { row == "费用调整 #1" } else { false } })
    }

    @Test(
        arguments: [
            ("15", 1500), ("7.5", 750), ("0.05", 5), (" 12.30 ", 1230), ("abc", nil), ("-1", nil), ("1.234", nil),
            ("", nil), (".5", nil), ("1e3", nil), ("99999999", nil),
        ] as [(String, Int?)])
    func amountsAreYuanWithAtMostTwoDecimals(_ text: String, _ fen: Int?) {
        #expect(FeeAmount.fen(text) == fen)
    }
}
