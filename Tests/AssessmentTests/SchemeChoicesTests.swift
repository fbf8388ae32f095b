import Assessment
import Catalog
import Foundation
import Testing

/// A scheme's closed choices (period kinds, roll-up method, outcome kind, demerit consequence,
/// post) are read into their enums from the words the YAML writes.
@Suite struct SchemeChoicesTests {
    typealias F = SchemeFixture

    @Test func periodsAndRollupsAreKinds() {
        #expect(F.scheme("wulong-monthly").period == .month)
        #expect(F.scheme("suzhou-semester").period == .semester)
        let rollups = F.scheme("wulong-monthly").rollups
        #expect(rollups.map(\.period) == [.year] && rollups.map(\.method) == [.sum])
    }

    @Test func outcomesAreTitlesOrRectifications() {
        #expect(F.scheme("wulong-monthly").outcomes.map(\.kind) == [.title, .rectify])
    }

    @Test func demeritThresholdsNameTheirPeriodConsequenceAndPost() {
        let thresholds = F.scheme("hut-demerits").thresholds
        #expect(thresholds.map(\.per) == [.month, .semester])
        #expect(thresholds.map(\.consequence) == [.wageCut, .dismissal])
        #expect(thresholds.first?.post == .b)
    }

    @Test func aThresholdWithAnotherConsequenceIsReportedAndNotCounted() throws {
        let path = F.repository.appendingPathComponent("rules/assessment/hut-demerits.yaml").path
        let shipped = try String(contentsOfFile: path, encoding: .utf8)
        let text = shipped.replacingOccurrences(of: "consequence: wage_cut", with: "consequence: fine")
        #expect(text != shipped)
        let loaded = SchemeLoader.load(files: [("rules/assessment/sample.yaml", Data(text.utf8))])
        #expect(loaded.diagnostics.sorted.contains { $0.message.contains("consequence") })
        #expect(loaded.schemes.first?.thresholds.map(\.consequence) == [.dismissal])
    }
}
