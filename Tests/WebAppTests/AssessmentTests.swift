import Assessment
import Foundation
import HTTPTypes
import Hall
import Hummingbird
import HummingbirdTesting
import Testing
import WebApp

/// `/assessment`: the ranking with its chart and traces, publishing and correcting, the
/// director's full view, and the CSV export; who may do each.
@Suite struct AssessmentTests {
    /// After October has ended, so that it may be published.
    static let afterOctober = "2026-11-02T09:00"
    static let october = "/assessment?scheme=wulong-monthly&period=2026-10"

    static let events = """
        date,window,staff,item,count,serious,note,recorded_by
        2026-10-09,1,小王,discipline.late_or_early,2,,巡查,w01-a
        2026-10-12,1,小王,attitude.quarrel,1,true,与学生2021040123争吵,w01-a

        """

    /// Two October events at window 1, recorded as the command line would.
    static func recordEvents(_ fixture: WebFixture) throws {
        let hall = fixture.hall
        _ = try hall.events.run(
            data: Data(events.utf8), file: "events.csv", at: hall.ledger.clock.now(), by: "deputy")
    }

    static func publication(_ fixture: WebFixture) throws -> PublishedScoresState {
        let scored = try fixture.hall.scoring.preview(
            .init(scheme: "wulong-monthly", period: Period("2026-10")!), at: fixture.hall.ledger.clock.now())
        return PublishedScoresState(
            published: scored.publication != nil, corrections: scored.publication?.corrections.count ?? 0,
            by: scored.publication?.record.publishedBy)
    }

    struct PublishedScoresState: Equatable {
        var published: Bool
        var corrections: Int
        var by: String?
    }

    @Test func theDeputySeesTheRankingWithItsChartAndTracesNotesMasked() async throws {
        let fixture = try await WebFixture(now: Self.afterOctober)
        defer { fixture.remove() }
        try Self.recordEvents(fixture)
        try await fixture.test { client in
            var session = try await BrowserSession.signedIn(client, as: "deputy")
            let page = try await session.get(client, Self.october)
            #expect(page.status == .ok)
            let html = page.text
            for id in [
                "ranking", "ranking-chart", "ranking-table", "ranking-traces", "trace-window-1", "events-upload",
            ] {
                #expect(html.contains("id=\"\(id)\""), "missing #\(id)")
            }
            #expect(html.contains("<svg"))
            #expect(html.components(separatedBy: "<rect").count - 1 == 13, "one bar per window")
            #expect(html.contains("ranking-window-13"))
            #expect(html.contains("尚未发布"))
            #expect(html.contains("上班迟到或下班早退") || html.contains("迟到"))
            #expect(!html.contains("2021040123"), "an event's note may name a student: masked")
            #expect(!html.contains("id=\"unmask-form\""), "only the director may ask for the full view")
            #expect(html.contains("id=\"publish-form\""))
            let defaulted = try await session.get(client, "/assessment")
            #expect(defaulted.status == .ok)
            #expect(defaulted.text.contains("value=\"2026-11\""), "the current month of the hall's clock")
            #expect(defaulted.text.contains("<option value=\"wulong-monthly\" selected"))
            let blank = try await session.get(client, "/assessment?scheme=&period=")
            #expect(blank.status == .ok, "blank fields are the defaults")
            #expect(blank.text.contains("value=\"2026-11\""))
        }
    }

    @Test func thePublicIsSentToSignInAndAClerkIsRefusedEverywhere() async throws {
        let fixture = try await WebFixture(now: Self.afterOctober)
        defer { fixture.remove() }
        try await fixture.test { client in
            var anonymous = BrowserSession()
            let page = try await anonymous.get(client, Self.october)
            #expect(page.status == .seeOther)
            #expect(page.headers[.location]?.hasPrefix("/login") == true)
            let anonymousPublish = try await anonymous.post(
                client, "/assessment/publish",
                form: [("scheme", "wulong-monthly"), ("period", "2026-10"), ("confirm", "yes")])
            #expect(anonymousPublish.status == .unauthorized)
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            #expect(try await clerk.get(client, Self.october).status == .forbidden)
            #expect(
                try await clerk.get(client, "/assessment/export.csv?scheme=wulong-monthly&period=2026-10").status
                    == .forbidden)
            let publish = try await clerk.post(
                client, "/assessment/publish",
                form: [("scheme", "wulong-monthly"), ("period", "2026-10"), ("confirm", "yes")])
            #expect(publish.status == .forbidden)
            let unmask = try await clerk.post(
                client, "/assessment", form: [("scheme", "wulong-monthly"), ("period", "2026-10"), ("unmask", "核对")])
            #expect(unmask.status == .forbidden)
        }
        #expect(try Self.publication(fixture).published == false)
    }

    @Test func aBadPeriodOrAnUnknownSchemeIsShownOnThePageNever500() async throws {
        let fixture = try await WebFixture(now: Self.afterOctober)
        defer { fixture.remove() }
        try await fixture.test { client in
            var session = try await BrowserSession.signedIn(client, as: "deputy")
            let month = try await session.get(client, "/assessment?scheme=wulong-monthly&period=2026-13")
            #expect(month.status == .badRequest)
            #expect(month.text.contains("不是有效的考核期间"))
            #expect(month.text.contains("value=\"2026-13\""), "what was typed is kept")
            let scheme = try await session.get(client, "/assessment?scheme=no-such-scheme&period=2026-10")
            #expect(scheme.status == .notFound)
            #expect(scheme.text.contains("id=\"assessment-message\""))
            let markup = try await session.get(client, "/assessment?scheme=%3Cscript%3E&period=%3Cb%3E")
            #expect(markup.status == .badRequest)
            #expect(!markup.text.contains("<script>") && !markup.text.contains("<b>"))
            let csv = try await session.get(client, "/assessment/export.csv?scheme=wulong-monthly&period=13")
            #expect(csv.status == .badRequest)
            let unknownScheme = try await session.get(client, "/assessment/export.csv?scheme=nope&period=2026-10")
            #expect(unknownScheme.status == .notFound)
            let action = try await session.post(
                client, "/assessment/publish",
                form: [("scheme", "wulong-monthly"), ("period", "2026-10"), ("action", "erase")])
            #expect(action.status == .badRequest)
            let period = try await session.post(
                client, "/assessment/publish",
                form: [("scheme", "wulong-monthly"), ("period", "October"), ("confirm", "yes")])
            #expect(period.status == .badRequest)
        }
        #expect(try Self.publication(fixture).published == false)
    }

    @Test func publishingShowsWhatWillBeFrozenThenPublishesOnceByTheDeputy() async throws {
        let fixture = try await WebFixture(now: Self.afterOctober)
        defer { fixture.remove() }
        try Self.recordEvents(fixture)
        try await fixture.test { client in
            var session = try await BrowserSession.signedIn(client, as: "deputy")
            let form = [("scheme", "wulong-monthly"), ("period", "2026-10"), ("action", "publish")]
            let preview = try await session.post(client, "/assessment/publish", form: form)
            #expect(preview.status == .ok)
            #expect(preview.text.contains("id=\"publish-preview\"") && preview.text.contains("id=\"publish-confirm\""))
            #expect(try Self.publication(fixture).published == false, "a preview publishes nothing")
            let forged = try await session.post(
                client, "/assessment/publish", form: form + [("confirm", "yes")], token: "forged")
            #expect(forged.status == .forbidden)
            #expect(try Self.publication(fixture).published == false)
            let done = try await session.post(client, "/assessment/publish", form: form + [("confirm", "yes")])
            #expect(done.status == .seeOther)
            #expect(done.headers[.location] == "/assessment?scheme=wulong-monthly&period=2026-10&done=published")
            #expect(try Self.publication(fixture) == .init(published: true, corrections: 0, by: "deputy"))
            let page = try await session.get(client, done.headers[.location] ?? "")
            #expect(page.text.contains("已发布本期结果") && page.text.contains("id=\"ranking-published\""))
            #expect(!page.text.contains("id=\"publish-form\""))
            let again = try await session.post(client, "/assessment/publish", form: form + [("confirm", "yes")])
            #expect(again.status == .conflict)
            #expect(again.text.contains("发布后不再改变"))
        }
    }

    @Test func aPeriodThatHasNotEndedIsNotPublished() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var session = try await BrowserSession.signedIn(client, as: "director")
            let form = [("scheme", "wulong-monthly"), ("period", "2026-10"), ("action", "publish")]
            let preview = try await session.post(client, "/assessment/publish", form: form)
            #expect(preview.status == .conflict)
            #expect(preview.text.contains("未结束的期间不能发布"))
            #expect(preview.text.contains("id=\"ranking\""), "the ranking as it stands is still shown")
            let done = try await session.post(client, "/assessment/publish", form: form + [("confirm", "yes")])
            #expect(done.status == .conflict)
        }
        #expect(try Self.publication(fixture).published == false)
    }

    @Test func onlyTheDirectorCorrectsAndOnlyWithAReason() async throws {
        let fixture = try await WebFixture(now: Self.afterOctober)
        defer { fixture.remove() }
        try await fixture.test { client in
            var deputy = try await BrowserSession.signedIn(client, as: "deputy")
            let publish = [
                ("scheme", "wulong-monthly"), ("period", "2026-10"), ("action", "publish"), ("confirm", "yes"),
            ]
            #expect(try await deputy.post(client, "/assessment/publish", form: publish).status == .seeOther)
            let correction = [("scheme", "wulong-monthly"), ("period", "2026-10"), ("action", "correct")]
            let refused = try await deputy.post(
                client, "/assessment/publish", form: correction + [("reason", "漏录"), ("confirm", "yes")])
            #expect(refused.status == .forbidden)
            var director = try await BrowserSession.signedIn(client, as: "director")
            let page = try await director.get(client, Self.october)
            #expect(page.text.contains("id=\"correct-form\""))
            let blank = try await director.post(
                client, "/assessment/publish", form: correction + [("reason", "  "), ("confirm", "yes")])
            #expect(blank.status == .badRequest)
            #expect(blank.text.contains("更正须写明原因"))
            let preview = try await director.post(
                client, "/assessment/publish", form: correction + [("reason", "漏录一条巡查")])
            #expect(preview.status == .ok)
            #expect(preview.text.contains("更正预览") && preview.text.contains("漏录一条巡查"))
            #expect(try Self.publication(fixture).corrections == 0)
            let done = try await director.post(
                client, "/assessment/publish", form: correction + [("reason", "漏录一条巡查"), ("confirm", "yes")])
            #expect(done.status == .seeOther)
            #expect(done.headers[.location]?.hasSuffix("done=corrected") == true)
        }
        #expect(try Self.publication(fixture).corrections == 1)
    }

    @Test func theDirectorSeesNotesInFullOnlyWithAReason() async throws {
        let fixture = try await WebFixture(now: Self.afterOctober)
        defer { fixture.remove() }
        try Self.recordEvents(fixture)
        try await fixture.test { client in
            var deputy = try await BrowserSession.signedIn(client, as: "deputy")
            let refused = try await deputy.post(
                client, "/assessment", form: [("scheme", "wulong-monthly"), ("period", "2026-10"), ("unmask", "核对")])
            #expect(refused.status == .forbidden)
            var director = try await BrowserSession.signedIn(client, as: "director")
            let masked = try await director.get(client, Self.october)
            #expect(!masked.text.contains("2021040123") && masked.text.contains("id=\"unmask-form\""))
            let blank = try await director.post(
                client, "/assessment", form: [("scheme", "wulong-monthly"), ("period", "2026-10"), ("unmask", " ")])
            #expect(blank.status == .badRequest)
            #expect(!blank.text.contains("2021040123"))
            let forged = try await director.post(
                client, "/assessment", form: [("scheme", "wulong-monthly"), ("period", "2026-10"), ("unmask", "核对")],
                token: "forged")
            #expect(forged.status == .forbidden)
            let full = try await director.post(
                client, "/assessment",
                form: [("scheme", "wulong-monthly"), ("period", "2026-10"), ("unmask", "学生投诉核对")])
            #expect(full.status == .ok)
            #expect(full.text.contains("与学生2021040123争吵") && full.text.contains("已显示完整个人信息"))
        }
    }

    @Test func theRankingExportsAsCSVWithOneLinePerWindow() async throws {
        let fixture = try await WebFixture(now: Self.afterOctober)
        defer { fixture.remove() }
        try Self.recordEvents(fixture)
        try await fixture.test { client in
            var session = try await BrowserSession.signedIn(client, as: "deputy")
            let csv = try await session.get(client, "/assessment/export.csv?scheme=wulong-monthly&period=2026-10")
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.headers[.contentDisposition] == "attachment; filename=\"wulong-monthly-2026-10.csv\"")
            let lines = csv.text.split(separator: "\n")
            #expect(lines.first?.hasPrefix("\u{FEFF}rank,tied,window,name,score") == true)
            #expect(lines.count == 14, "a header and 13 windows")
            #expect(!csv.text.contains("2021040123"))
        }
    }

    @Test func aPersonSchemeShowsItsDemerits() async throws {
        let fixture = try await WebFixture(now: Self.afterOctober)
        defer { fixture.remove() }
        try await fixture.test { client in
            var session = try await BrowserSession.signedIn(client, as: "deputy")
            let page = try await session.get(client, "/assessment?scheme=hut-demerits&period=2026-10")
            #expect(page.status == .ok)
            #expect(page.text.contains("id=\"demerits\"") && page.text.contains("本期无人记过"))
            let csv = try await session.get(client, "/assessment/export.csv?scheme=hut-demerits&period=2026-10")
            #expect(csv.status == .ok && csv.text.contains("staff,window,post,demerits"))
        }
    }
}
