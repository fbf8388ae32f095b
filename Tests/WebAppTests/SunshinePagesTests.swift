import Catalog
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Store
import Testing
import WebApp

/// 阳光窗口 on the web: the public /vote ballot (once per student per month, no count per
/// person shown), /sunshine for the deputy and director, and the director's opinions.
@Suite struct SunshinePagesTests {
    @Test func aStudentVotesOnceAndSeesNoCounts() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var student = BrowserSession()
            let ballot = try await student.get(client, "/vote")
            #expect(ballot.status == .ok && ballot.text.contains("id=\"vote-form\""))
            #expect(ballot.text.contains("13号 投诉与建议") && ballot.text.contains("1号 学生日常事务"))
            let voted = try await student.post(client, "/vote", form: [("window", "3"), ("student", "2021040123")])
            #expect(voted.status == .seeOther)
            let done = try await student.get(client, "/vote?done=1")
            #expect(done.text.contains("已计票") && !done.text.contains("票数"))
            let again = try await student.post(client, "/vote", form: [("window", "5"), ("student", "2021040123")])
            #expect(again.status != .ok && again.text.contains("已经投过"), "\(again.text.prefix(300))")
            let bad = try await student.post(client, "/vote", form: [("window", "5"), ("student", "12")])
            #expect(bad.status == .badRequest && bad.text.contains("id=\"vote-failure\""))
            let tally = try fixture.hall.ledger.sunshineTally(period: "2026-10")
            #expect(tally.votes == [3: 1])

            var deputy = try await BrowserSession.signedIn(client, as: "deputy")
            let page = try await deputy.get(client, "/sunshine?period=2026-10")
            #expect(page.status == .ok && page.text.contains("id=\"sunshine-window-3\""))
            #expect(!page.text.contains("2021040123") && !page.text.contains("id=\"sunshine-opinion\""))
            let refused = try await deputy.post(
                client, "/sunshine/opinion",
                form: [("period", "2026-10"), ("window", "3"), ("source", "hall"), ("score", "80")])
            #expect(refused.status == .forbidden)
        }
    }

    @Test func theDirectorEntersOpinionsAndTheAssessmentPageShowsTheStanding() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var director = try await BrowserSession.signedIn(client, as: "director")
            let page = try await director.get(client, "/sunshine?period=2026-10")
            #expect(page.text.contains("id=\"sunshine-opinion\""))
            for (source, score) in [("teachers", "90"), ("hall", "70")] {
                let entered = try await director.post(
                    client, "/sunshine/opinion",
                    form: [("period", "2026-10"), ("window", "3"), ("source", source), ("score", score)])
                #expect(entered.status == .seeOther, "\(entered.text.prefix(300))")
            }
            let bad = try await director.post(
                client, "/sunshine/opinion",
                form: [("period", "2026-10"), ("window", "3"), ("source", "hall"), ("score", "101")])
            #expect(bad.status == .badRequest && bad.text.contains("id=\"sunshine-failure\""))
            let after = try await director.get(client, "/sunshine?period=2026-10")
            // No votes: 0 × 50% + 90 × 30% + 70 × 20% = 41.
            #expect(after.text.contains("<td class=\"num\">41</td>"), "\(after.text)")
            let assessment = try await director.get(client, "/assessment?scheme=hut-demerits&period=2026-10")
            #expect(assessment.text.contains("id=\"assessment-sunshine\"") && assessment.text.contains("阳光窗口评比"))
        }
    }
}
