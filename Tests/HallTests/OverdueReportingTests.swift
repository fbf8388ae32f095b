import Assessment
import Catalog
import Hall
import Store
import Testing

@Suite struct OverdueReportingTests {
    let fixture: HallFixture
    var reporting: OverdueReporting { OverdueReporting(ledger: fixture.ledger) }

    init() throws { fixture = try HallFixture() }

    @Test func theMonthsReportInJSONAndCSVHasTheMaskedCasesAndTheirOverdueDays() throws {
        defer { fixture.remove() }
        _ = try fixture.importSample()
        let report = try reporting.report(.period(Period("2026-10")!))
        let document = reporting.document(report, mask: try fixture.mask)
        #expect(!document.json.contains("2021040123"))
        GoldenFile.check(document.json, name: "overdue-2026-10.json")
        // The byte-order mark is for Excel; reading the golden file back would drop it.
        #expect(document.csv.hasPrefix("\u{FEFF}"))
        GoldenFile.check(String(document.csv.dropFirst()), name: "overdue-2026-10.csv")
        GoldenFile.check(document.text, name: "overdue-2026-10.txt")
    }

    @Test func theAsyncReportIsTheSameReport() async throws {
        defer { fixture.remove() }
        _ = try fixture.importSample()
        let span = OverdueSpan.days(from: nil, through: CivilDate("2026-11-30")!)
        let mask = try fixture.mask
        let sync = reporting.document(try Self.report(reporting, span), mask: mask).json
        let async = reporting.document(try await reporting.report(span, window: 1), mask: mask).json
        #expect(sync == async)
        #expect(sync.contains("\"window\" : 1"))
    }

    /// The synchronous variant (in an async test, the call would pick the async one).
    static func report(_ reporting: OverdueReporting, _ span: OverdueSpan) throws -> OverdueReport {
        try reporting.report(span, window: 1)
    }

    @Test func aSpanNamesWhatWasReported() {
        #expect(OverdueSpan.period(Period("2026-10")!).subject(window: 3) == "2026-10-01 至 2026-10-31 3号窗口")
        #expect(OverdueSpan.days(from: nil, through: CivilDate("2026-11-30")!).subject(window: nil) == "截至 2026-11-30")
    }
}
