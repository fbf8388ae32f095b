import Assessment
import Foundation
import HTTPTypes
import Hall
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import WebApp

/// `POST /assessment/events`: an events file uploaded as `multipart/form-data`, imported with
/// the command line's validation: a row error names its row and column and writes nothing.
@Suite struct AssessmentUploadTests {
    static let boundary = "----OneStopTestBoundary7MA4YWxk"

    /// A browser's multipart body: the plain fields, then the file (unless nil).
    static func body(file: (name: String, text: String)?, fields: [(String, String)] = []) -> ByteBuffer {
        var text = ""
        for (name, value) in fields {
            text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        if let file {
            text +=
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"events\"; filename=\"\(file.name)\"\r\n"
                + "Content-Type: text/csv\r\n\r\n\(file.text)\r\n"
        }
        return ByteBuffer(string: text + "--\(boundary)--\r\n")
    }

    static func upload(
        _ client: any TestClientProtocol, _ session: inout BrowserSession, file: (name: String, text: String)?,
        fields: [(String, String)] = [("scheme", "wulong-monthly"), ("period", "2026-10")], token: String? = nil,
        contentType: String = "multipart/form-data; boundary=\(boundary)", body: ByteBuffer? = nil
    ) async throws -> TestResponse {
        if session.cookies[FormTokenMiddleware.cookieName] == nil { try await session.get(client, "/login") }
        let query = BrowserSession.encode(token ?? session.formToken)
        return try await session.send(
            client, "/assessment/events?_csrf=\(query)", method: .post,
            headers: [.contentType: contentType], body: body ?? Self.body(file: file, fields: fields))
    }

    static let good = (name: "events-2026-10.csv", text: AssessmentTests.events)

    func stored(_ fixture: WebFixture) throws -> Int { try fixture.hall.events.events().count }

    @Test func theDeputyUploadsAnEventsFileAndTheRankingCountsIt() async throws {
        let fixture = try await WebFixture(now: AssessmentTests.afterOctober)
        defer { fixture.remove() }
        try await fixture.test { client in
            var session = try await BrowserSession.signedIn(client, as: "deputy")
            let page = try await Self.upload(client, &session, file: Self.good)
            #expect(page.status == .ok)
            #expect(page.text.contains("已导入 2 条事件"))
            #expect(page.text.contains("trace-window-1"), "the ranking shown after counts the events")
            #expect(page.text.contains("value=\"2026-10\""), "the period chosen is kept")
            #expect(try stored(fixture) == 2)
            let again = try await Self.upload(client, &session, file: Self.good)
            #expect(again.status == .conflict)
            #expect(again.text.contains("已于") && again.text.contains("未导入"))
            #expect(try stored(fixture) == 2)
            let allowed = try await Self.upload(
                client, &session, file: Self.good,
                fields: [("scheme", "wulong-monthly"), ("period", "2026-10"), ("allow_duplicates", "yes")])
            #expect(allowed.status == .ok)
            #expect(try stored(fixture) == 4)
        }
    }

    @Test func aRowErrorNamesItsRowAndColumnAndWritesNothing() async throws {
        let fixture = try await WebFixture(now: AssessmentTests.afterOctober)
        defer { fixture.remove() }
        let broken = """
            date,window,staff,item,count,serious,note,recorded_by
            2026-10-09,1,小王,discipline.late_or_early,2,,巡查,w01-a
            2026-10-40,1,小王,attitude.quarrel,1,true,,w01-a

            """
        try await fixture.test { client in
            var session = try await BrowserSession.signedIn(client, as: "deputy")
            let page = try await Self.upload(client, &session, file: ("broken.csv", broken))
            #expect(page.status == .badRequest)
            #expect(page.text.contains("id=\"assessment-message-place\">第 3 行，“date”列"))
            #expect(page.text.contains("整批未导入"))
            let window = try await Self.upload(
                client, &session,
                file: (
                    "window.csv",
                    "date,window,staff,item,count,serious,note,recorded_by\n2026-10-09,99,小王,discipline.late_or_early,1,,,w01-a\n"
                ))
            #expect(window.status.code >= 400 && window.status.code < 500)
            #expect(window.text.contains("第 2 行"))
            let column = try await Self.upload(client, &session, file: ("columns.csv", "when,where\n2026-10-09,1\n"))
            #expect(column.status.code >= 400 && column.status.code < 500)
        }
        #expect(try stored(fixture) == 0)
    }

    @Test func aBodyThatIsNotAnUploadIsRefusedWithNothingWritten() async throws {
        let fixture = try await WebFixture(now: AssessmentTests.afterOctober)
        defer { fixture.remove() }
        try await fixture.test { client in
            var session = try await BrowserSession.signedIn(client, as: "deputy")
            let urlencoded = try await session.post(client, "/assessment/events", form: [("events", "date,window")])
            #expect(urlencoded.status == .badRequest)
            #expect(urlencoded.text.contains("multipart/form-data"))
            let noBoundary = try await Self.upload(
                client, &session, file: Self.good, contentType: "multipart/form-data")
            #expect(noBoundary.status == .badRequest)
            let truncated = try await Self.upload(
                client, &session, file: nil,
                body: ByteBuffer(
                    string:
                        "--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"events\"; filename=\"a.csv\"\r\n\r\ndate,"
                ))
            #expect(truncated.status == .badRequest)
            #expect(truncated.text.contains("不完整"))
            let garbage = try await Self.upload(
                client, &session, file: nil, body: ByteBuffer(bytes: [0xFF, 0x00, 0x13, 0x37]))
            #expect(garbage.status == .badRequest)
            let noFile = try await Self.upload(client, &session, file: nil)
            #expect(noFile.status == .badRequest)
            #expect(noFile.text.contains("请选择要上传的事件文件"))
            let empty = try await Self.upload(client, &session, file: ("empty.csv", ""))
            #expect(empty.status == .badRequest)
            let binary = try await Self.upload(client, &session, file: ("photo.csv", "\u{0}\u{1}PNG\u{FFFD}"))
            #expect(binary.status.code >= 400 && binary.status.code < 500)
        }
        #expect(try stored(fixture) == 0)
    }

    @Test func anUploadWithoutTheFormTokenOrByAClerkWritesNothing() async throws {
        let fixture = try await WebFixture(now: AssessmentTests.afterOctober)
        defer { fixture.remove() }
        try await fixture.test { client in
            var deputy = try await BrowserSession.signedIn(client, as: "deputy")
            let forged = try await Self.upload(client, &deputy, file: Self.good, token: "forged")
            #expect(forged.status == .forbidden)
            #expect(forged.text.contains("form-not-from-page"))
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            let refused = try await Self.upload(client, &clerk, file: Self.good)
            #expect(refused.status == .forbidden)
            var anonymous = BrowserSession()
            let unsigned = try await Self.upload(client, &anonymous, file: Self.good)
            #expect(unsigned.status == .unauthorized)
        }
        #expect(try stored(fixture) == 0)
    }

    @Test func eventsInAPublishedPeriodNeedTheCorrectionAllowance() async throws {
        let fixture = try await WebFixture(now: AssessmentTests.afterOctober)
        defer { fixture.remove() }
        try await fixture.test { client in
            var session = try await BrowserSession.signedIn(client, as: "director")
            let publish = [
                ("scheme", "wulong-monthly"), ("period", "2026-10"), ("action", "publish"), ("confirm", "yes"),
            ]
            #expect(try await session.post(client, "/assessment/publish", form: publish).status == .seeOther)
            let refused = try await Self.upload(client, &session, file: Self.good)
            #expect(refused.status == .conflict)
            #expect(refused.text.contains("第 2 行"))
            #expect(try stored(fixture) == 0)
            let correction = try await Self.upload(
                client, &session, file: Self.good,
                fields: [("scheme", "wulong-monthly"), ("period", "2026-10"), ("correction", "yes")])
            #expect(correction.status == .ok)
            #expect(correction.text.contains("作为更正"))
            #expect(correction.text.contains("id=\"correct-form\""), "the director may now correct the period")
        }
        #expect(try stored(fixture) == 2)
    }
}
