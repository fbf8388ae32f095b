import Catalog
import Foundation
import Hall
import Store
import Testing

/// Importing the year's holiday notice as the library gives it: the summary, the refusals, and
/// the calendar file written once confirmed, on a copy of the shipped catalog.
@Suite struct CalendarImportingTests {
    static let notices = HallFixture.repository.appendingPathComponent("Tests/CatalogTests/Fixtures/holiday-notices")

    let folder: URL
    let importing: CalendarImporting

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("calendar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: URL(fileURLWithPath: HallFixture.catalogFolder), to: folder.appendingPathComponent("catalog"))
        importing = CalendarImporting(
            source: try CatalogSource.directory(folder.appendingPathComponent("catalog").path))
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    func notice(_ name: String) throws -> String {
        try String(contentsOf: Self.notices.appendingPathComponent("\(name).txt"), encoding: .utf8)
    }

    @Test func aYearAlreadyInTheFileIsSaidToBeIdenticalAndNothingIsWritten() throws {
        defer { remove() }
        let plan = try importing.plan(noticeText: try notice("2026"), file: "2026.txt")
        #expect(try importing.summary(plan).contains("已有2026年，与通知完全一致，未作改动"))
        #expect(try importing.apply(plan) == false)
    }

    @Test func aNewYearIsWrittenAndTheCatalogLoadsItCleanly() throws {
        defer { remove() }
        let plan = try importing.plan(noticeText: try notice("invented-2027"), file: "2027.txt")
        #expect(try importing.apply(plan))
        let written = try CatalogSource.directory(folder.appendingPathComponent("catalog").path)
        #expect(CatalogLoader.load(written).diagnostics.sorted.filter { $0.severity == .error }.isEmpty)
        // Read again from the files as written: the year is there now, and nothing more is written.
        let again = CalendarImporting(source: written)
        let replan = try again.plan(noticeText: try notice("invented-2027"), file: "2027.txt")
        #expect(try again.summary(replan).contains("已有2027年，与通知完全一致"))
        #expect(try again.apply(replan) == false)
    }

    @Test func textThatIsNotUTF8OrNotANoticeIsRefusedWithItsCode() throws {
        defer { remove() }
        #expect(throws: LedgerError.self) {
            _ = try importing.plan(noticeData: Data([0xFF, 0xFE, 0x00]), file: "x.txt")
        }
        do {
            _ = try importing.plan(noticeText: "随便一段文字", file: "x.txt")
            Issue.record("a text that is not a notice was planned")
        } catch {
            #expect(error.code == .noticeNoYear)
            #expect(error.details.file == "x.txt")
        }
    }
}
