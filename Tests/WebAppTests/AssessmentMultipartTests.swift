import Foundation
import NIOCore
import Testing

@testable import WebApp

/// The small multipart parser the events upload reads with: what browsers send, and the
/// broken bodies it must refuse rather than guess at.
@Suite struct AssessmentMultipartTests {
    static func parse(_ body: String, boundary: String = "XyZ") throws(WebError) -> MultipartForm {
        try MultipartForm(contentType: "multipart/form-data; boundary=\(boundary)", body: ByteBuffer(string: body))
    }

    @Test func fieldsAndAFileAreReadInOrderWithTheirBytesIntact() throws {
        let form = try Self.parse(
            "preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"scheme\"\r\n\r\nwulong-monthly\r\n"
                + "--XyZ\r\ncontent-disposition: form-data; name=\"events\"; filename=\"C:\\fakepath\\十月.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\na,b\r\n1,2\r\n\r\n--XyZ\r\nContent-Disposition: form-data; name=\"correction\"\r\n\r\nyes\r\n--XyZ--\r\n"
        )
        #expect(form.parts.map(\.name) == ["scheme", "events", "correction"])
        #expect(form.value("scheme") == "wulong-monthly")
        #expect(form.part("events")?.filename == "十月.csv", "only the file's name, never the sender's folders")
        #expect(form.part("events")?.text == "a,b\r\n1,2\r\n", "line breaks inside the file are kept")
        #expect(form.isTicked("correction") && !form.isTicked("allow_duplicates"))
    }

    @Test func aQuotedBoundaryAndQuotedSemicolonsAreUnderstood() throws {
        let form = try MultipartForm(
            contentType: "Multipart/Form-Data; charset=utf-8; boundary=\"a;b c\"",
            body: ByteBuffer(
                string:
                    "--a;b c\r\nContent-Disposition: form-data; name=\"x\"; filename=\"one; two.csv\"\r\n\r\n--a;b\r\n--a;b c--"
            ))
        #expect(form.part("x")?.filename == "one; two.csv")
        #expect(form.part("x")?.text == "--a;b", "a line that only starts like the boundary is content")
    }

    @Test func brokenBodiesAreRefusedNotGuessed() {
        let cases = [
            "",
            "no boundary here",
            "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nnever closed",
            "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\nno blank line\r\n--XyZ--",
            "--XyZ\r\nContent-Type: text/plain\r\n\r\nno name\r\n--XyZ--",
            "--XyZjunk",
        ]
        for body in cases {
            #expect(throws: WebError.self, "\(body.debugDescription)") { try Self.parse(body) }
        }
        for type in [
            nil, "text/csv", "multipart/form-data", "multipart/form-data; boundary=", "multipart/mixed; boundary=XyZ",
        ] {
            #expect(throws: WebError.self, "\(type ?? "nil")") {
                try MultipartForm(contentType: type, body: ByteBuffer(string: "--XyZ--"))
            }
        }
        let long = String(repeating: "b", count: 71)
        #expect(throws: WebError.self) { try Self.parse("--\(long)--", boundary: long) }
    }

    @Test func anEmptyFormHasNoParts() throws {
        #expect(try Self.parse("--XyZ--\r\n").parts.isEmpty)
    }
}
