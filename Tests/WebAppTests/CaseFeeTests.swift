import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Store
import Testing
import WebApp

@Suite struct CaseFeeTests {
    /// The fixture with 学生证补办's 工本费 raised to 100 yuan, so an adjustment can pass the
    /// deputy's 50-yuan threshold (the shipped fee, 15 yuan, never does).
    func fixtureWithADearFee() async throws -> (WebFixture, Int64) {
        let fixture = try await WebFixture()
        let file = fixture.folder.appendingPathComponent("catalog/services/01-daily-affairs.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let shipped = "      - name: 工本费\n        amount: 15\n"
        try #require(text.contains(shipped))
        try text.replacingOccurrences(of: shipped, with: "      - name: 工本费\n        amount: 100\n")
            .write(to: file, atomically: true, encoding: .utf8)
        try #require(fixture.environment.holder.reload().failure == nil)
        return (fixture, try fixture.acceptCase())
    }

    @Test func aDeputyWaivesPartOfAFeeAndThePageAndTrailShowIt() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let id = try fixture.acceptCase()
        try await fixture.test { client in
            var deputy = try await BrowserSession.signedIn(client, as: "deputy")
            let page = try await deputy.get(client, "/cases/\(id)")
            #expect(page.text.contains("id=\"case-fees\"") && page.text.contains("id=\"adjust-fee-form\""))
            #expect(page.text.contains("副主任（低于 50 元） → 主任"))
            let done = try await deputy.post(
                client, "/cases/\(id)/adjust-fee", form: [("fee", "工本费"), ("amount", "5"), ("reason", "家庭经济困难")])
            #expect(done.status == .seeOther)
            #expect(done.headers[.location] == "/cases/\(id)?done=adjust-fee")
            let after = try await deputy.get(client, "/cases/\(id)?done=adjust-fee")
            #expect(after.text.contains("已登记费用减免") && after.text.contains("id=\"fee-adjustments\""))
            #expect(after.text.contains("<td>5 元</td><td>10 元</td>"), "waived 5 of 15, 10 to charge")
            #expect(after.text.contains("费用减免：工本费 5 元"))
            #expect(try fixture.trail(id).last == "adjust-fee: 工本费 5 by deputy")
            let adjustments = try await fixture.hall.feeAdjusting.adjustments(of: id)
            #expect(adjustments.map(\.amountFen) == [500] && adjustments.first?.approverRole == "deputy")
        }
    }

    @Test func aClerkMayNotAdjustAFee() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let id = try fixture.acceptCase()
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            #expect(!(try await clerk.get(client, "/cases/\(id)")).text.contains("adjust-fee-form"))
            let refused = try await clerk.post(
                client, "/cases/\(id)/adjust-fee", form: [("fee", "工本费"), ("amount", "5"), ("reason", "困难")])
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("role-not-allowed"))
            var visitor = BrowserSession()
            let anonymous = try await visitor.post(
                client, "/cases/\(id)/adjust-fee", form: [("fee", "工本费"), ("amount", "5"), ("reason", "困难")])
            #expect(anonymous.status == .unauthorized)
            #expect(try await fixture.hall.feeAdjusting.adjustments(of: id).isEmpty)
        }
    }

    @Test func aDeputyAboveTheThresholdIsRefusedAndTheDirectorApproves() async throws {
        let (fixture, id) = try await fixtureWithADearFee()
        defer { fixture.remove() }
        try await fixture.test { client in
            var deputy = try await BrowserSession.signedIn(client, as: "deputy")
            let above = try await deputy.post(
                client, "/cases/\(id)/adjust-fee", form: [("fee", "工本费"), ("amount", "60"), ("reason", "特殊困难")])
            #expect(above.status == .forbidden)
            #expect(above.text.contains("须由主任审批"))
            #expect(above.text.contains("value=\"60\"") && above.text.contains("value=\"特殊困难\""), "typed values kept")
            #expect(
                try await deputy.post(
                    client, "/cases/\(id)/adjust-fee", form: [("fee", "工本费"), ("amount", "40"), ("reason", "困难")]
                ).status == .seeOther)
            let split = try await deputy.post(
                client, "/cases/\(id)/adjust-fee", form: [("fee", "工本费"), ("amount", "20"), ("reason", "再减")])
            #expect(split.status == .forbidden, "40 + 20 is 60 in all: the director's")
            var director = try await BrowserSession.signedIn(client, as: "director")
            let approved = try await director.post(
                client, "/cases/\(id)/adjust-fee", form: [("fee", "工本费"), ("amount", "20"), ("reason", "再减")])
            #expect(approved.status == .seeOther)
            #expect(
                try await fixture.hall.feeAdjusting.adjustments(of: id).map(\.approvedBy) == ["deputy", "director"])
        }
    }

    @Test func badFeeFormsAreRefusedWithTheirMessageAndWriteNothing() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let id = try fixture.acceptCase()
        try await fixture.test { client in
            var director = try await BrowserSession.signedIn(client, as: "director")
            let cases: [([(String, String)], HTTPResponse.Status, String)] = [
                ([("fee", "工本费"), ("amount", "abc"), ("reason", "困难")], .badRequest, "减免金额"),
                ([("fee", "工本费"), ("amount", "0"), ("reason", "困难")], .badRequest, "大于 0"),
                ([("fee", "工本费"), ("amount", "1.234"), ("reason", "困难")], .badRequest, "两位小数"),
                ([("fee", "工本费"), ("amount", "-5"), ("reason", "困难")], .badRequest, "减免金额"),
                ([("fee", "工本费"), ("amount", "16"), ("reason", "困难")], .badRequest, "超过工本费 15 元"),
                ([("fee", "工本费"), ("amount", "5")], .badRequest, "须写明原因"),
                ([("fee", "快递费"), ("amount", "5"), ("reason", "困难")], .notFound, "事项没有费用“快递费”"),
                ([("amount", "5"), ("reason", "困难")], .notFound, "事项没有费用"),
            ]
            for (form, status, message) in cases {
                let response = try await director.post(client, "/cases/\(id)/adjust-fee", form: form)
                #expect(response.status == status, "\(form)")
                #expect(response.text.contains(message), "\(form)")
                #expect(response.text.contains("id=\"adjust-fee-form\""), "the form is shown again")
            }
            let forged = try await director.post(
                client, "/cases/\(id)/adjust-fee", form: [("fee", "工本费"), ("amount", "5"), ("reason", "困难")],
                token: "forged")
            #expect(forged.status == .forbidden)
            let noCase = try await director.post(
                client, "/cases/999/adjust-fee", form: [("fee", "工本费"), ("amount", "5"), ("reason", "困难")])
            #expect(noCase.status == .notFound)
            #expect(try await fixture.hall.feeAdjusting.adjustments(of: id).isEmpty)
            #expect(try fixture.trail(id) == ["accept by w01-b1"])
        }
    }
}
