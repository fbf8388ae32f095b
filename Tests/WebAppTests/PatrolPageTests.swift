import Assessment
import Catalog
import Foundation
import HTTPTypes
import Hall
import Hummingbird
import HummingbirdTesting
import Store
import Testing
import WebApp

/// `/patrols`: the office records a round through the form, its findings become assessment
/// events the score counts, a window's staff answer them and they leave the 未反馈 list;
/// refused forms keep what was typed and say why at the field; a clerk cannot record.
@Suite struct PatrolPageTests {
    static func round(_ findings: [(String, String)]) -> [(String, String)] {
        [("period", "2026-10"), ("at", "2026-10-12T08:30"), ("patroller", "deputy"), ("window", "1"), ("window", "3")]
            + findings
    }

    static let unstaffed = round([
        ("finding.1.window", "3"), ("finding.1.item", "窗口空岗"), ("finding.1.note", "10:20 无人，学生 2021040123 等候"),
        ("finding.1.serious", "1"),
    ])

    @Test func aRecordedFindingIsCountedByTheScoreAndLeavesTheListWhenAnswered() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var deputy = try await BrowserSession.signedIn(client, as: "deputy")
            let form = try await deputy.get(client, "/patrols")
            #expect(form.status == .ok && form.text.contains("id=\"patrol-form\""))
            #expect(form.text.contains("value=\"2026-10-12T09:00\"") && form.text.contains(">窗口空岗</option>"))
            let recorded = try await deputy.post(client, "/patrols", form: Self.unstaffed)
            #expect(recorded.status == .seeOther, "\(recorded.text.prefix(400))")
            #expect(recorded.headers[.location] == "/patrols?period=2026-10&done=1")
            let page = try await deputy.get(client, "/patrols?period=2026-10&done=1")
            let text = page.text
            #expect(text.contains("已登记巡查 #1") && text.contains("id=\"finding-1\""))
            #expect(text.contains("巡查人：学生事务中心副主任"), "\(text)")
            #expect(text.contains("窗口空岗") && text.contains("情节严重") && text.contains("事件 #1"))
            #expect(text.contains("2021****23") && !text.contains("2021040123"), "notes are masked")
            #expect(text.contains("id=\"open-1\"") && text.contains("未反馈"))

            let scored = try await fixture.hall.scoring.preview(
                .init(scheme: "wulong-monthly", period: Period("2026-10")!), at: fixture.hall.ledger.clock.now())
            guard case .windows(let result) = scored.result else { Issue.record("not a window ranking"); return }
            let third = try #require(result.windows.first { $0.window.number == 3 })
            #expect(third.deductions.contains { $0.item == "discipline.unstaffed" } && third.score < 100)

            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            let own = try await clerk.get(client, "/patrols?period=2026-10")
            #expect(own.status == .ok && !own.text.contains("id=\"finding-1\"") && !own.text.contains("patrol-form"))
            let notTheirs = try await clerk.post(
                client, "/patrols/findings/1/answer", form: [("period", "2026-10"), ("answer", "已安排代岗")])
            #expect(notTheirs.status == .forbidden || notTheirs.status == .badRequest, "\(notTheirs.status)")
            #expect(notTheirs.text.contains("不是该窗口的工作人员"))

            let answered = try await deputy.post(
                client, "/patrols/findings/1/answer", form: [("period", "2026-10"), ("answer", "已安排代岗，次日复查在岗")])
            #expect(answered.headers[.location] == "/patrols?period=2026-10&answered=1")
            let after = try await deputy.get(client, "/patrols?period=2026-10")
            #expect(!after.text.contains("id=\"open-1\"") && after.text.contains("已安排代岗，次日复查在岗"))
            #expect(after.text.contains("没有未反馈的发现"))
        }
    }

    @Test func aBadItemIsRefusedAtItsRowWithTheValuesKept() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var director = try await BrowserSession.signedIn(client, as: "director")
            let bad = try await director.post(
                client, "/patrols",
                form: Self.round([
                    ("finding.1.window", "1"), ("finding.1.item", "不存在的项目"), ("finding.1.note", "记下的说明"),
                ]))
            #expect(bad.status == .badRequest, "\(bad.status)")
            #expect(bad.text.contains("id=\"finding-row-1-error\"") && bad.text.contains("不存在的项目"))
            #expect(bad.text.contains("value=\"记下的说明\"") && bad.text.contains("value=\"2026-10-12T08:30\""))
            let notVisited = try await director.post(
                client, "/patrols",
                form: Self.round([("finding.2.window", "5"), ("finding.2.item", "窗口空岗")]))
            #expect(notVisited.status == .badRequest && notVisited.text.contains("id=\"finding-row-1-error\""))
            #expect(notVisited.text.contains("5 号窗口不在本次巡查的窗口中"))
            let empty = try await director.post(client, "/patrols", form: [("at", "2026-10-12T08:30")])
            #expect(empty.status == .badRequest && empty.text.contains("id=\"patrol-patrollers-error\""))
            #expect(empty.text.contains("id=\"patrol-windows-error\""))
            let events = try await fixture.hall.ledger.database.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM assessment_event")
            }
            #expect(events == 0)
        }
    }

    @Test func aClerkCannotRecordARound() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            let refused = try await clerk.post(client, "/patrols", form: Self.unstaffed)
            #expect(refused.status == .forbidden && refused.text.contains("role-not-allowed"))
            let bad = try await clerk.get(client, "/patrols?period=2026-13")
            #expect(bad.status == .badRequest && bad.text.contains("“2026-13”不是有效的期间"))
        }
    }
}
