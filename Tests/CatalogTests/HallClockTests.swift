import Catalog
import Foundation
import Testing

/// The hall's clock reads the wall clock of the hall's zone (`hall.time_zone`), never the
/// machine's.
@Suite struct HallClockTests {
    /// 2026-12-01 18:30 UTC, which is 2026-12-02 02:30 in Beijing.
    static let instant = Date(timeIntervalSince1970: 1_796_149_800)

    @Test func anInstantIsReadInTheZoneGiven() throws {
        let beijing = try #require(TimeZone(identifier: "Asia/Shanghai"))
        let utc = try #require(TimeZone(identifier: "UTC"))
        #expect(CivilDateTime(Self.instant, in: beijing).description == "2026-12-02T02:30")
        #expect(CivilDateTime(Self.instant, in: utc).description == "2026-12-01T18:30")
    }

    @Test func zoneNamesAreIANAs() {
        #expect(HallClock.zone(named: "Asia/Shanghai")?.secondsFromGMT(for: Self.instant) == 8 * 3600)
        #expect(HallClock.zone(named: "PRC")?.secondsFromGMT(for: Self.instant) == 8 * 3600)
        #expect(HallClock.zone(named: "Asia/Beijing") == nil)
    }

    @Test func theShippedHallKeepsBeijingTime() {
        let hall = ShippedCatalogTests.result.catalog.hall
        #expect(hall?.timeZone == "Asia/Shanghai")
        #expect(hall?.zone.identifier == "Asia/Shanghai")
    }

    @Test func aHallThatNamesNoZoneKeepsBeijingTime() throws {
        var files = ExampleCatalog.files
        files["hall.yaml"] = try #require(files["hall.yaml"]).replacingOccurrences(
            of: "  time_zone: Asia/Shanghai\n", with: "")
        let result = CatalogLoader.load(CatalogSource(texts: files))
        #expect(result.catalog.hall?.timeZone == nil)
        #expect(result.catalog.hall?.zone.identifier == "Asia/Shanghai")
        #expect(!result.diagnostics.hasErrors)
    }

    @Test func anUnknownZoneIsReportedWhereItIsWritten() throws {
        let diagnostics = try ExampleEdit.load(
            "hall.yaml", replacing: "time_zone: Asia/Shanghai", with: "time_zone: Asia/Shangai")
        #expect(ExampleEdit.problems(diagnostics) == ["catalog/hall.yaml:35:14: unknown-time-zone"])
        #expect(diagnostics.contains { $0.message.contains("是否想写“Asia/Shanghai”") }, "\(diagnostics)")
    }
}
