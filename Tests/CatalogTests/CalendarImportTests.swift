import Catalog
import Foundation
import Testing

/// Importing a notice writes the year into the calendar file as the shipped years are written.
@Suite struct CalendarImportTests {
    static let calendarPath = "calendars/cn-national.yaml"

    static var shippedText: String {
        get throws {
            try String(
                contentsOfFile: ShippedCatalogTests.folder + "/" + calendarPath, encoding: .utf8)
        }
    }

    /// The shipped catalog with the calendar file's text replaced.
    static func catalog(calendar text: String) throws -> CatalogSource {
        var source = try CatalogSource.directory(ShippedCatalogTests.folder)
        let index = try #require(source.files.firstIndex { $0.relativePath == calendarPath })
        source.files[index].data = Data(text.utf8)
        return source
    }

    /// The shipped text without one year's block.
    static func removing(_ year: Int, from text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "    \(year):") else { return text }
        var end = start + 1
        while end < lines.count, lines[end].hasPrefix("      ") { end += 1 }
        lines.removeSubrange(start..<end)
        return lines.joined(separator: "\n")
    }

    static func notice(_ name: String) throws -> String {
        try String(
            contentsOf: HolidayNoticeParserTests.notices.appendingPathComponent("\(name).txt"), encoding: .utf8)
    }

    @Test(arguments: [2024, 2025, 2026])
    func importingAYearReproducesTheShippedFile(_ year: Int) throws {
        let shipped = try Self.shippedText
        let without = Self.removing(year, from: shipped)
        #expect(without != shipped)
        let plan = try CalendarImporter.plan(notice: Self.notice("\(year)"), source: Self.catalog(calendar: without))
        guard case .add(let text) = plan.outcome else {
            Issue.record("expected the year to be added, got \(plan.outcome)")
            return
        }
        // 2026's shipped source also cites the web address, which the notice text does not contain.
        let sourceLine = { (text: String) in text.components(separatedBy: "\n").filter { !$0.contains("source:") } }
        #expect(sourceLine(text) == sourceLine(shipped))
        if year != 2026 { #expect(text == shipped) }
        #expect(plan.file == "\(ShippedCatalogTests.folder)/\(Self.calendarPath)")
    }

    @Test func windowsLineEndingsAreKept() throws {
        let shipped = try Self.shippedText.replacingOccurrences(of: "\n", with: "\r\n")
        let without = Self.removing(2025, from: try Self.shippedText).replacingOccurrences(of: "\n", with: "\r\n")
        let plan = try CalendarImporter.plan(notice: Self.notice("2025"), source: Self.catalog(calendar: without))
        #expect(plan.outcome == .add(text: shipped))
    }

    @Test(arguments: [2024, 2025, 2026])
    func presentYearIsComparedNotDuplicated(_ year: Int) throws {
        let plan = try CalendarImporter.plan(
            notice: Self.notice("\(year)"), source: Self.catalog(calendar: Self.shippedText))
        #expect(plan.outcome == .identical)
    }

    @Test func presentYearWithOtherDaysReportsTheDifferences() throws {
        let changed = try Self.shippedText.replacingOccurrences(
            of: "{date: \"2025-10-11\", reason: 国庆节调休上班}", with: "{date: \"2025-10-12\", reason: 国庆节调休上班}")
        let plan = try CalendarImporter.plan(notice: Self.notice("2025"), source: Self.catalog(calendar: changed))
        #expect(
            plan.outcome
                == .differs(["2025-10-11 上班（国庆节调休上班）：通知中有，日历中没有", "2025-10-12 上班（国庆节调休上班）：日历中有，通知中没有"]))
    }

    @Test func newYearIsAppendedAndLoadsCleanly() throws {
        let plan = try CalendarImporter.plan(
            notice: Self.notice("invented-2027"), source: Self.catalog(calendar: Self.shippedText))
        guard case .add(let text) = plan.outcome else {
            Issue.record("expected the year to be added")
            return
        }
        let result = CatalogLoader.load(try Self.catalog(calendar: text))
        #expect(result.diagnostics.sorted.filter { $0.severity != .note }.map(\.formatted) == [])
        let calendar = try #require(WorkingCalendar(for: result.catalog))
        #expect(calendar.coveredYears == [2024, 2025, 2026, 2027])
        #expect(try calendar.isWorkingDay(#require(CivilDate("2027-02-20"))))
        #expect(text.hasPrefix(try Self.shippedText.trimmingCharacters(in: .newlines)))
    }

    /// The comments cite the shared reference by name, not a path of the machine it was made on.
    @Test func shippedCalendarNamesNoMachinePath() throws {
        let comments = try Self.shippedText.components(separatedBy: "\n").filter { $0.hasPrefix("#") }
        #expect(comments.contains { $0.contains("china-workdays-2024-2026.yaml") })
        #expect(!comments.contains { $0.contains("/work/") || $0.contains("/home/") || $0.contains("/Users/") })
    }

    @Test func badNoticePlansNothing() throws {
        #expect(throws: HolidayNoticeError.self) {
            try CalendarImporter.plan(notice: "随便一段文字", source: Self.catalog(calendar: Self.shippedText))
        }
    }
}
