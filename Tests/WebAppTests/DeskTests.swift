import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Store
import Testing
import WebApp

/// The staff desk: search, the notice form, its print view, accepting a case, looking cases up.
@Suite struct DeskTests {
    static let service = "/desk/services/student-id-replacement"

    /// The accept form's fields for a case of 学生证补办 with the application and the ID card brought.
    static func acceptance(student: String = "2021040123", window: String = "1") -> [(String, String)] {
        [
            ("looked", "1"), ("have", "written_application"), ("have", "id_card"), ("fact.card.reason", "lost"),
            ("window", window), ("student", student), ("name", "张三"), ("post", "B"), ("channel", "on_site"),
        ]
    }

    static func caseCount(_ fixture: WebFixture) throws -> Int { try fixture.hall.ledger.count() }

    @Test func theDeskIsForStaffOnly() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var visitor = BrowserSession()
            for path in ["/desk", Self.service, Self.service + "/print"] {
                let response = try await visitor.get(client, path)
                #expect(response.status == .seeOther, "\(path)")
                #expect(response.headers[.location]?.hasPrefix("/login") == true)
            }
            let post = try await visitor.post(client, Self.service + "/accept", form: Self.acceptance())
            #expect(post.status == .unauthorized)
            #expect(try Self.caseCount(fixture) == 0)
            for name in ["w01-b1", "deputy", "director"] {
                var staff = try await BrowserSession.signedIn(client, as: name)
                #expect(try await staff.get(client, "/desk").status == .ok, "\(name)")
            }
        }
    }

    @Test func searchingFindsTheServiceAndAReferralWhenOutOfScope() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            let page = try await clerk.get(client, "/desk")
            #expect(page.text.contains("id=\"desk-search\"") && page.text.contains("id=\"case-lookup\""))
            let found = try await clerk.get(client, "/desk?q=" + BrowserSession.encode("学生证补办"))
            #expect(found.status == .ok)
            #expect(found.text.contains("href=\"/desk/services/student-id-replacement"))
            let freshman = try await clerk.get(client, "/desk?q=" + BrowserSession.encode("新生学生证"))
            #expect(freshman.text.contains("学生类别=新生"))
            #expect(
                freshman.text.contains("/desk/services/student-id-issue?fact.applicant.stage=freshman"),
                "the facts the words gave go to the service page")
            // 000 covers every student: a postgraduate's lost card stays in the hall, with the fact applied.
            let postgraduate = try await clerk.get(client, "/desk?q=" + BrowserSession.encode("研究生学生证丢了"))
            #expect(
                postgraduate.text.contains("/desk/services/student-id-replacement?fact.applicant.level=postgraduate"))
            let thesis = try await clerk.get(client, "/desk?q=" + BrowserSession.encode("研究生学位论文答辩"))
            #expect(thesis.text.contains("请到研究生院"), "the referral says where to go")
            let outside = try await clerk.get(client, "/desk?q=" + BrowserSession.encode("我的身份证丢了"))
            #expect(outside.text.contains("id=\"desk-referral\""))
            #expect(outside.text.contains("不属于本大厅受理范围"))
            // Nothing found is not a refusal: the consultation desk is in the hall.
            let nothing = try await clerk.get(client, "/desk?q=" + BrowserSession.encode("今天天气怎么样"))
            #expect(nothing.text.contains("大厅内未找到对应事项"))
            #expect(!nothing.text.contains("不属于本大厅受理范围"))
        }
    }

    @Test func tickingMaterialsGivesTheNoticeAtOnceAndItsPrintView() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            let blank = try await clerk.get(client, Self.service)
            #expect(blank.status == .ok)
            #expect(blank.text.contains("id=\"notice-form\"") && blank.text.contains("name=\"have\""))
            #expect(blank.text.contains("id=\"accept-form\""))
            let query = "?looked=1&have=written_application&have=id_card&defect.id_card=expired&fact.card.reason=lost"
            let ticked = try await clerk.get(client, Self.service + query)
            #expect(ticked.status == .ok)
            let missing = try #require(ticked.text.range(of: "id=\"notice-missing\"")).upperBound
            #expect(ticked.text[missing...].prefix(200).contains("一寸证件照"), "the photo was not brought")
            #expect(ticked.text.contains("id=\"have-written_application\" checked"))
            #expect(ticked.text.contains("<option value=\"expired\" selected"))
            #expect(ticked.text.contains("href=\"/desk/services/student-id-replacement/print?"))
            let print = try await clerk.get(client, Self.service + "/print" + query)
            #expect(print.status == .ok)
            #expect(print.text.hasPrefix("<!DOCTYPE html>") && print.text.contains("一次性告知单"))
            #expect(print.text.contains("@page { size: A4"))
            #expect(print.text.contains("id=\"print-back\""))
        }
    }

    @Test func badAnswersOnTheNoticeFormAreShownNotFailed() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            for query in ["?fact.card.reason=eaten", "?have=no-such-material", "?defect.id_card=chewed", "?fact.x=%ZZ"]
            {
                let response = try await clerk.get(client, Self.service + query)
                #expect(response.status == .badRequest, "\(query)")
                #expect(response.text.contains("id=\"desk-failure\""), "\(query)")
                let print = try await clerk.get(client, Self.service + "/print" + query)
                #expect((400..<500).contains(print.status.code), "\(query)")
            }
            #expect(try await clerk.get(client, "/desk/services/no-such-service").status == .notFound)
        }
    }

    @Test func acceptingRecordsTheCaseWithTheClerkAndShowsTheReceipt() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            let accepted = try await clerk.post(client, Self.service + "/accept", form: Self.acceptance())
            #expect(accepted.status == .seeOther)
            let location = try #require(accepted.headers[.location])
            #expect(location.hasPrefix("/cases/1/receipt"))
            let record = try #require(try await fixture.hall.ledger.list().first)
            #expect(record.acceptedBy == "w01-b1")
            #expect(record.studentNumber == "2021040123" && record.windowNumber == 1)
            #expect(record.materials.contains("\"photo\":\"missing\""))
            #expect(record.materials.contains("\"id_card\":\"provided\""))
            let again = try await clerk.post(client, Self.service + "/accept", form: Self.acceptance())
            #expect(again.headers[.location] == "/cases/2/receipt?same-day=1", "the same student that day is flagged")
            let receipt = try await clerk.get(client, try #require(again.headers[.location]))
            #expect(receipt.text.contains("id=\"receipt-same-day\""))
        }
    }

    @Test func aForgedAcceptFormWritesNothing() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            let forged = try await clerk.post(
                client, Self.service + "/accept", form: Self.acceptance(), token: "forged")
            #expect(forged.status == .forbidden)
            #expect(forged.text.contains("form-not-from-page"))
            #expect(try Self.caseCount(fixture) == 0)
        }
    }

    @Test func badAcceptFormsKeepWhatWasTypedAndWriteNothing() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            let badNumber = try await clerk.post(
                client, Self.service + "/accept", form: Self.acceptance(student: "12ab"))
            #expect(badNumber.status == .badRequest)
            #expect(badNumber.text.contains("id=\"desk-failure\""))
            #expect(badNumber.text.contains("value=\"12ab\""), "the typed number is kept")
            #expect(badNumber.text.contains("value=\"张三\""))
            let wrongWindow = try await clerk.post(
                client, Self.service + "/accept", form: Self.acceptance(window: "11"))
            #expect((400..<500).contains(wrongWindow.status.code))
            #expect(wrongWindow.text.contains("不办理"))
            let cases: [[(String, String)]] = [
                Self.acceptance(window: "one"), Self.acceptance(student: ""),
                Self.acceptance() + [("fact.card.reason", "eaten")],
                [("window", "1"), ("student", "2021040123"), ("post", "C")],
                [("window", "1"), ("student", "2021040123"), ("channel", "pigeon")],
                [("window", "1"), ("student", "2021040123"), ("fact.applicant.stage", "graduate")],
                [("window", "99"), ("student", "2021040123")],
            ]
            for form in cases {
                let response = try await clerk.post(client, Self.service + "/accept", form: form)
                #expect((400..<500).contains(response.status.code), "\(form)")
            }
            #expect(try Self.caseCount(fixture) == 0)
        }
    }

    @Test func casesAreFoundByNumberOrByStudentNumberMasked() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var clerk = try await BrowserSession.signedIn(client, as: "w01-b1")
            _ = try await clerk.post(client, Self.service + "/accept", form: Self.acceptance())
            let byNumber = try await clerk.get(client, "/desk?case=%231")
            #expect(byNumber.status == .ok)
            #expect(byNumber.text.contains("href=\"/cases/1\"") && byNumber.text.contains("/cases/1/receipt"))
            #expect(!byNumber.text.contains("2021040123"), "the student number is masked")
            let byStudent = try await clerk.get(client, "/desk?student=2021040123")
            #expect(byStudent.text.contains("href=\"/cases/1\""))
            let none = try await clerk.get(client, "/desk?student=2099999999")
            #expect(none.text.contains("id=\"lookup-none\""))
            let bad = try await clerk.get(client, "/desk?case=abc")
            #expect(bad.status == .badRequest)
            #expect(try await clerk.get(client, "/desk?case=99").text.contains("id=\"lookup-none\""))
            #expect(!fixture.logLines.all.contains { $0.contains("2021040123") }, "no student number in the log")
        }
    }
}
