import Catalog
import Foundation
import Testing

/// `onestop check` text: errors and warnings one per line, notes counted unless asked for.
@Suite struct CheckReportTests {
    static var bag: DiagnosticBag {
        var bag = DiagnosticBag()
        let at = SourceLocation.start(of: "catalog/hall.yaml")
        for index in 1...119 { bag.note("assumed-value", "假定值 \(index)", at: at) }
        bag.error("unknown-reference", "目录中没有部门“xgc”", at: at)
        bag.warning("stray-file", "ignored", at: at)
        return bag
    }

    @Test func summarisesNotesInOneLineByDefault() {
        let lines = CheckReport(Self.bag, strict: false).text().split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines.contains { $0.contains("error: 目录中没有部门“xgc”") })
        #expect(lines.contains { $0.contains("warning: ignored") })
        #expect(lines.contains("另有 119 条提示（假定值等），用 --notes 列出"))
        #expect(!lines.contains { $0.contains("note:") })
    }

    @Test func listsEveryNoteWhenAsked() {
        let text = CheckReport(Self.bag, strict: false).text(listingNotes: true)
        #expect(text.components(separatedBy: "note: 假定值 ").count == 120)
        #expect(!text.contains("--notes"))
    }

    @Test func alwaysSaysWhyCrossChecksWereSkipped() {
        var bag = Self.bag
        bag.note("cross-checks-skipped", "cross-file checks skipped", at: .start(of: "catalog"))
        let text = CheckReport(bag, strict: false).text()
        #expect(text.contains("note: cross-file checks skipped"))
        #expect(text.contains("另有 119 条提示"))
    }

    @Test func jsonKeepsEveryNote() throws {
        let json = CheckReport(Self.bag, strict: false).json()
        let body = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let entries = try #require(body?["diagnostics"] as? [[String: Any]])
        #expect(entries.filter { $0["severity"] as? String == "note" }.count == 119)
    }
}
