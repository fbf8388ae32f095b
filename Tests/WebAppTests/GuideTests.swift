import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WebApp

/// The public guide (事务公开): no sign-in, every window and service, a service's notice, the calendar.
@Suite struct GuideTests {
    @Test func theGuideListsEveryWindowAndServiceWithoutSignIn() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var visitor = BrowserSession()
            let page = try await visitor.get(client, "/")
            #expect(page.status == .ok)
            #expect(page.text.contains("办事指南"))
            #expect(page.text.contains("08:30-17:30"), "the hall's hours")
            #expect(page.text.contains("href=\"/guide/services/student-id-replacement\""))
            #expect(page.text.contains("5个工作日"), "time limits")
            #expect(page.text.contains("工本费 15元"), "fees")
            for window in fixture.hall.catalog.windows {
                #expect(page.text.contains("id=\"window-\(window.number)\""), "window \(window.number)")
            }
        }
    }

    @Test func aServicePageShowsTheNoticeAStudentWouldGetAndFollowsTheirAnswers() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var visitor = BrowserSession()
            let page = try await visitor.get(client, "/guide/services/student-id-replacement")
            #expect(page.status == .ok)
            #expect(page.text.contains("学生证补办") && page.text.contains("id=\"notice\""))
            #expect(page.text.contains("书面申请"), "the materials")
            #expect(page.text.contains("name=\"fact.card.reason\""), "asks what the notice depends on")
            let graduate = try await visitor.get(
                client, "/guide/services/student-id-replacement?fact.applicant.stage=graduate")
            #expect(graduate.status == .ok)
            #expect(graduate.text.contains("不予受理"), "a graduate's notice says it is refused")
        }
    }

    @Test func badAnswersAndUnknownServicesAreRefusedWithoutAServerError() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var visitor = BrowserSession()
            let wrong = try await visitor.get(client, "/guide/services/student-id-replacement?fact.card.reason=eaten")
            #expect(wrong.status == .badRequest)
            #expect(wrong.text.contains("id=\"notice\""), "the bare notice is still shown")
            let unknownFact = try await visitor.get(client, "/guide/services/student-id-replacement?fact.nonsense=1")
            #expect(unknownFact.status == .badRequest)
            let missing = try await visitor.get(client, "/guide/services/no-such-service")
            #expect(missing.status == .notFound)
            let garbage = try await visitor.get(client, "/guide/services/%FF%FE?fact.%ZZ=%")
            #expect(garbage.status.code < 500)
        }
    }

    @Test func theCalendarShowsEachYearAndWhichAreProvisional() async throws {
        let fixture = try await WebFixture(now: "2026-12-01T09:00")
        defer { fixture.remove() }
        try await fixture.test { client in
            var visitor = BrowserSession()
            let page = try await visitor.get(client, "/guide/calendar")
            #expect(page.status == .ok)
            #expect(page.text.contains("id=\"calendar-2026\"") && page.text.contains("id=\"calendar-2024\""))
            #expect(page.text.contains("国庆节"))
            #expect(page.text.contains("id=\"calendar-provisional\"") && page.text.contains("2027年"))
        }
    }
}
