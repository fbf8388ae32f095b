import Catalog
import Foundation
import GRDB
import HTTPTypes
import Hall
import Hummingbird
import HummingbirdTesting
import Store
import Testing
import WebApp

@Suite struct CasePageTests {
    @Test func theCasePageShowsTheCaseMaskedItsTrailAndTheFormsForItsStatus() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let id = try fixture.acceptCase()
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            let page = try await clerk.get(client, "/cases/\(id)")
            #expect(page.status == .ok)
            for element in [
                "case-summary", "case-trail", "case-steps", "complete-form", "pause-form", "refuse-form",
                "step-form", "case-status", "case-due",
            ] {
                #expect(page.text.contains("id=\"\(element)\""), "missing \(element)")
            }
            #expect(!page.text.contains("resume-form"), "an open case is not resumed")
            #expect(page.text.contains("本事项只在1号窗口办理，没有可转办的窗口"), "no other window offers it")
            #expect(page.text.contains("<td>服务大厅现场办理</td>"))
            #expect(!page.text.contains("2021040123") && !page.text.contains("张三"), "personal data is masked")
            #expect(page.text.contains("受理") && page.text.contains("学生证补办"))
            #expect(page.text.contains("未提交有效身份证明，无法受理补办申请"))
            #expect(!page.text.contains("unmask-form"), "only the director may ask to see in full")
            var deputy = try await BrowserSession.signedIn(client, as: "deputy")
            #expect(try await deputy.get(client, "/cases/\(id)").status == .ok)
            var visitor = BrowserSession()
            let refused = try await visitor.get(client, "/cases/\(id)")
            #expect(refused.status == .seeOther)
            #expect(refused.headers[.location]?.hasPrefix("/login") == true)
        }
    }

    @Test func aCaseNumberThatIsNoCaseIsNotFound() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            for path in ["/cases/999", "/cases/abc", "/cases/-1", "/cases/0"] {
                let page = try await clerk.get(client, path)
                #expect(page.status == .notFound, "\(path)")
                #expect(page.text.contains("case-not-found"))
            }
            let post = try await clerk.post(client, "/cases/999/complete", form: [])
            #expect(post.status == .notFound)
        }
    }

    @Test func pauseResumeAndCompleteAreRecordedWithTheSignedInUser() async throws {
        let fixture = try await WebFixture(now: "2026-10-12T16:00")
        defer { fixture.remove() }
        let id = try fixture.acceptCase()
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            let paused = try await clerk.post(client, "/cases/\(id)/pause", form: [("reason", "补交身份证复印件")])
            #expect(paused.status == .seeOther)
            #expect(paused.headers[.location] == "/cases/\(id)?done=pause")
            let page = try await clerk.get(client, "/cases/\(id)?done=pause")
            #expect(page.text.contains("已暂停") && page.text.contains("resume-form"))
            #expect(page.text.contains("暂停：补交身份证复印件"))
            #expect(try fixture.caseRecord(id).status == .paused)
            var deputy = try await BrowserSession.signedIn(client, as: "deputy")
            #expect(try await deputy.post(client, "/cases/\(id)/resume", form: []).status == .seeOther)
            #expect(try await clerk.post(client, "/cases/\(id)/complete", form: []).status == .seeOther)
            #expect(try fixture.caseRecord(id).status == .completed)
            #expect(
                try fixture.trail(id) == [
                    "accept by w01-b1", "pause: 补交身份证复印件 by w01-b1", "resume by deputy", "complete by w01-b1",
                ])
            let done = try await clerk.get(client, "/cases/\(id)")
            #expect(!done.text.contains("id=\"case-actions\""), "a completed case has no forms")
        }
    }

    @Test func aRefusedTransitionShowsTheLedgersMessageOnTheCasePageAndWritesNothing() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let id = try fixture.acceptCase()
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            let resume = try await clerk.post(client, "/cases/\(id)/resume", form: [])
            #expect(resume.status == .conflict)
            #expect(resume.text.contains("id=\"case-failure\"") && resume.text.contains("只有已暂停的办件可以恢复"))
            let transfer = try await clerk.post(client, "/cases/\(id)/transfer", form: [("window", "2")])
            #expect(transfer.status == .conflict)
            #expect(transfer.text.contains("不办理"))
            let noWindow = try await clerk.post(client, "/cases/\(id)/transfer", form: [("window", "二")])
            #expect(noWindow.status == .badRequest)
            #expect(noWindow.text.contains("请选择转往的窗口"))
            let noReason = try await clerk.post(client, "/cases/\(id)/refuse", form: [])
            #expect(noReason.status == .badRequest)
            let badReason = try await clerk.post(client, "/cases/\(id)/refuse", form: [("reason", "because")])
            #expect(badReason.status == .notFound)
            #expect(badReason.text.contains("不予受理理由"))
            let noStep = try await clerk.post(client, "/cases/\(id)/step", form: [])
            #expect(noStep.status == .badRequest)
            let badStep = try await clerk.post(client, "/cases/\(id)/step", form: [("step", "dance")])
            #expect(badStep.status == .notFound)
            #expect(try fixture.trail(id) == ["accept by w01-b1"])
            #expect(try fixture.caseRecord(id).status == .open)
        }
    }

    @Test func refusingAndRecordingAStepUseTheCatalogsCodes() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let id = try fixture.acceptCase()
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            #expect(try await clerk.post(client, "/cases/\(id)/step", form: [("step", "accept")]).status == .seeOther)
            let page = try await clerk.get(client, "/cases/\(id)?done=step")
            #expect(page.text.contains("已登记办理环节") && page.text.contains("申请受理"))
            #expect(!page.text.contains("<option value=\"accept\">") && page.text.contains("<option value=\"verify\">"))
            let refused = try await clerk.post(client, "/cases/\(id)/refuse", form: [("reason", "not-enrolled")])
            #expect(refused.status == .seeOther)
            #expect(try fixture.caseRecord(id).status == .refused)
            #expect(try fixture.caseRecord(id).refusalCode == "not-enrolled")
        }
    }

    @Test func aTransferGoesToAWindowThatOffersTheService() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        // In the shipped hall each service has one window; the fixture's copy lets window 2 offer 学生证补办 too.
        let file = fixture.folder.appendingPathComponent("catalog/windows/02.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(
            of: "    - financial-aid-consultation\n",
            with: "    - financial-aid-consultation\n    - student-id-replacement\n"
        ).write(to: file, atomically: true, encoding: .utf8)
        try #require(fixture.environment.holder.reload().failure == nil)
        let id = try fixture.acceptCase()
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            let page = try await clerk.get(client, "/cases/\(id)")
            #expect(
                page.text.contains("id=\"transfer-form\"")
                    && page.text.contains("<option value=\"2\">2号窗口 学生资助</option>"))
            let moved = try await clerk.post(client, "/cases/\(id)/transfer", form: [("window", "2")])
            #expect(moved.status == .seeOther)
            #expect(try fixture.caseRecord(id).windowNumber == 2)
            let after = try await clerk.get(client, "/cases/\(id)?done=transfer")
            #expect(after.text.contains("已转至新窗口") && after.text.contains("转办：1号窗口→2号窗口"))
            let again = try await clerk.post(client, "/cases/\(id)/transfer", form: [("window", "2")])
            #expect(again.status == .conflict, "already there")
        }
    }

    @Test func aFormWithoutTheTokenIsRefusedAndTheCaseIsUnchanged() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let id = try fixture.acceptCase()
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            for action in ["complete", "pause", "refuse", "step", "transfer", "unmask"] {
                let forged = try await clerk.post(
                    client, "/cases/\(id)/\(action)", form: [("reason", "not-enrolled")], token: "forged")
                #expect(forged.status == .forbidden, "\(action)")
                #expect(forged.text.contains("form-not-from-page"))
            }
            var visitor = BrowserSession()
            let anonymous = try await visitor.post(client, "/cases/\(id)/complete", form: [])
            #expect(anonymous.status == .unauthorized)
            #expect(try fixture.trail(id) == ["accept by w01-b1"])
        }
    }

    @Test func onlyTheDirectorSeesTheCaseInFullWithAReasonThatIsRecorded() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let id = try fixture.acceptCase()
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            let clerkAsks = try await clerk.post(client, "/cases/\(id)/unmask", form: [("reason", "核对")])
            #expect(clerkAsks.status == .forbidden)
            var deputy = try await BrowserSession.signedIn(client, as: "deputy")
            #expect(try await deputy.post(client, "/cases/\(id)/unmask", form: [("reason", "核对")]).status == .forbidden)
            var director = try await BrowserSession.signedIn(client, as: "director")
            let masked = try await director.get(client, "/cases/\(id)")
            #expect(masked.text.contains("id=\"unmask-form\"") && !masked.text.contains("2021040123"))
            let blank = try await director.post(client, "/cases/\(id)/unmask", form: [("reason", "  ")])
            #expect(blank.status == .badRequest)
            #expect(try fixture.disclosures() == 0)
            let full = try await director.post(client, "/cases/\(id)/unmask", form: [("reason", "学生本人申请核对")])
            #expect(full.status == .ok)
            #expect(full.text.contains("2021040123") && full.text.contains("张三"))
            #expect(try fixture.disclosures() == 1)
            #expect(!fixture.logLines.all.contains { $0.contains("2021040123") })
        }
    }
}

/// Cases the case pages' tests start from, accepted through the desk as window 1's B-post.
extension WebFixture {
    /// A 学生证补办 case of student 2021040123 (张三), accepted at `at` on window 1.
    @discardableResult
    func acceptCase(at: String = "2026-10-12T08:45", number: String = "2021040123") throws -> Int64 {
        let request = AcceptRequest(
            service: "student-id-replacement", window: 1, studentNumber: number, studentName: "张三",
            at: CivilDateTime(at)!, by: "w01-b1")
        return try hall.desk.accept(request).record.id ?? 0
    }

    func caseRecord(_ id: Int64) throws -> CaseRecord { try hall.ledger.show(id).record }

    /// The case's trail as stored: action and actor, oldest first.
    func trail(_ id: Int64) throws -> [String] {
        try hall.ledger.show(id).history.map { "\($0.action) by \($0.actor)" }
    }

    /// How many disclosures (personal data shown in full) the ledger has recorded.
    func disclosures() throws -> Int {
        try hall.ledger.database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit WHERE entity = 'disclosure'") ?? 0
        }
    }
}
