import Assessment
import Catalog
import Foundation
import GRDB
import Store
import Testing

/// Scoring reads only the days a period needs: a database holding a year of other months'
/// events scores October exactly as one holding October's alone.
@Suite struct ScoreReadsThePeriodTests {
    static let header = "date,window,staff,post,item,count,serious,note,recorded_by\n"
    static let october =
        header + """
            2026-10-01,1,小王,B,discipline.late_or_early,2,,巡查,张老师
            2026-10-12,1,小王,B,attitude.quarrel,1,true,与学生争吵,张老师
            2026-10-20,2,小李,A,demerit.late_or_early,3,,迟到,张老师
            2026-10-30,2,,,review.excellent,,,月度评议,张老师
            2026-10-31,4,小赵,B,discipline.late_or_early,1,,巡查,张老师

            """
    /// Events on the days around October and long before it, each of an item October counts.
    static let otherMonths =
        header + """
            2025-03-03,1,小王,B,discipline.late_or_early,5,,巡查,张老师
            2025-04-01,4,小赵,B,demerit.late_or_early,1,,迟到,张老师
            2026-11-01,1,小王,B,discipline.late_or_early,4,,巡查,张老师
            2026-11-02,2,小李,A,demerit.late_or_early,2,,迟到,张老师
            2026-11-30,4,小赵,B,attitude.quarrel,1,true,争吵,张老师
            2027-01-15,2,,,review.excellent,,,评议,张老师

            """

    func desk(_ fixture: LedgerFixture) -> ScoreDesk {
        ScoreDesk(ledger: fixture.ledger, rules: LedgerFixture.rules, catalogFingerprint: "catalog")
    }

    func importing(_ text: String, into fixture: LedgerFixture) throws {
        _ = try fixture.eventBook.importEvents(
            data: Data(text.utf8), file: "events-\(text.count).csv", at: LedgerFixture.at("2027-02-01T09:00"),
            by: "deputy")
    }

    @Test(arguments: ["wulong-monthly", "quanzhou-red-flag", "hut-demerits"])
    func otherMonthsEventsLeaveThePeriodsScoreAsItIs(_ scheme: String) throws {
        let alone = try LedgerFixture()
        let amid = try LedgerFixture()
        defer {
            alone.remove()
            amid.remove()
        }
        try importing(Self.october, into: alone)
        // October first, so its events carry the same ids in both databases.
        try importing(Self.october, into: amid)
        try importing(Self.otherMonths, into: amid)
        let period = try #require(Period("2026-10"))
        for format in ScoreFormat.allCases {
            let expected = try desk(alone).score(scheme: scheme, period: period).rendered(as: format)
            #expect(try desk(amid).score(scheme: scheme, period: period).rendered(as: format) == expected, "\(format)")
        }
        let json = try desk(amid).score(scheme: scheme, period: period).rendered(as: .json)
        #expect(json.contains("与学生争吵") || scheme != "wulong-monthly", "the traces are in the JSON")
        #expect(!json.contains("\"争吵\""), "November's note is not")
    }

    @Test func theEventsReadAreThoseOfTheDaysAsked() throws {
        let fixture = try LedgerFixture()
        defer { fixture.remove() }
        try importing(Self.october, into: fixture)
        try importing(Self.otherMonths, into: fixture)
        let book = fixture.eventBook
        let october = try book.events(from: CivilDate("2026-10-01"), through: CivilDate("2026-10-31"))
        #expect(
            october.map(\.date.description) == ["2026-10-01", "2026-10-12", "2026-10-20", "2026-10-30", "2026-10-31"])
        #expect(october.first?.post == .b && october[2].post == .a && october[3].post == nil)
        #expect(october[1].serious && october[1].note == "与学生争吵" && october[1].recordedBy == "张老师")
        #expect(try book.events(from: CivilDate("2026-11-01"), through: nil).count == 4)
        #expect(try book.events(from: nil, through: nil).count == 11)
        #expect(try book.list(period: Period("2025-04")).map(\.window) == [4])
    }

    /// Text, CSV and HTML do not show the events behind a deduction, so they are not gathered;
    /// what those formats show is the same either way.
    @Test func textWithoutTracesIsTheTextWithThem() throws {
        let fixture = try LedgerFixture()
        defer { fixture.remove() }
        try importing(Self.october, into: fixture)
        let period = try #require(Period("2026-10"))
        let traced = try desk(fixture).score(scheme: "wulong-monthly", period: period)
        let untraced = try desk(fixture).score(scheme: "wulong-monthly", period: period, traces: false)
        for format in [ScoreFormat.text, .csv, .html] {
            #expect(untraced.rendered(as: format) == traced.rendered(as: format), "\(format)")
        }
        guard case .windows(let result) = untraced.result else {
            Issue.record("expected a window ranking")
            return
        }
        let deductions = result.windows.flatMap(\.deductions)
        #expect(deductions.allSatisfy { $0.events.isEmpty })
        #expect(deductions.contains { $0.count == 2 })
    }

    /// Several events of one item on one day at one window, some serious: a score without traces
    /// reads them as sums, one per day, window, item and seriousness.
    static let sameDay =
        header + """
            2026-10-12,1,小王,B,attitude.quarrel,1,true,争吵一,张老师
            2026-10-12,1,小李,B,attitude.quarrel,2,,争吵二,张老师
            2026-10-12,1,小王,B,attitude.quarrel,1,,争吵三,张老师
            2026-10-12,1,小王,B,attitude.quarrel,3,true,争吵四,张老师
            2026-10-12,2,小赵,A,attitude.quarrel,1,,争吵五,张老师
            2026-10-13,1,小王,B,attitude.quarrel,1,,争吵六,张老师

            """

    @Test func dailyTotalsAreTheEventsSummedByDayWindowItemAndSeriousness() throws {
        let fixture = try LedgerFixture()
        defer { fixture.remove() }
        try importing(Self.october, into: fixture)
        try importing(Self.sameDay, into: fixture)
        let book = fixture.eventBook
        let first = try #require(CivilDate("2026-10-01")), last = try #require(CivilDate("2026-10-31"))
        func key(_ event: AssessmentEvent) -> String { "\(event.date) \(event.window) \(event.item) \(event.serious)" }
        var expected: [String: Int] = [:]
        for event in try book.events(from: first, through: last) { expected[key(event), default: 0] += event.count }
        let totals = try book.dailyTotals(from: first, through: last)
        #expect(Dictionary(totals.map { (key($0), $0.count) }, uniquingKeysWith: +) == expected)
        #expect(totals.count == expected.count, "one event for each day, window, item and seriousness")
        #expect(
            expected["2026-10-12 1 attitude.quarrel true"] == 5 && expected["2026-10-12 1 attitude.quarrel false"] == 3)
        let period = try #require(Period("2026-10"))
        let traced = try desk(fixture).score(scheme: "wulong-monthly", period: period)
        let untraced = try desk(fixture).score(scheme: "wulong-monthly", period: period, traces: false)
        for format in [ScoreFormat.text, .csv, .html] {
            #expect(untraced.rendered(as: format) == traced.rendered(as: format), "\(format)")
        }
    }
}
