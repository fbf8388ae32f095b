import Assessment
import Catalog
import Testing

/// Every item of every scheme triggers its deduction (or demerit).
@Suite struct SchemeItemTests {
    @Test func theShippedSchemesLoadWithoutErrors() {
        let problems = SchemeFixture.loaded.diagnostics.sorted.filter { $0.severity != .note }
        #expect(problems.map(\.formatted) == [])
        #expect(
            Set(SchemeFixture.loaded.schemes.map(\.id)) == [
                "wulong-monthly", "quanzhou-red-flag", "suzhou-semester", "hut-demerits",
            ])
    }

    @Test func wulongHasExactlyTheItemsOfTheSource() {
        let scheme = SchemeFixture.scheme("wulong-monthly")
        #expect(
            scheme.items.map(\.id).sorted() == [
                "attitude.complaint", "attitude.quarrel", "conduct.violation", "discipline.absent",
                "discipline.late_or_early",
                "discipline.off_task", "discipline.unstaffed", "integrity.fee_violation", "integrity.improper_conduct",
                "quality.no_coordination", "quality.not_accepted", "quality.overdue", "quality.wrong_reply",
            ])
        #expect(scheme.bonusLevels.map(\.id) == ["review.excellent", "review.good"])
    }

    static let windowSchemeItems: [(String, String)] = SchemeFixture.loaded.schemes.filter { $0.subject == .window }
        .flatMap { scheme in
            scheme.eventItemIDs.sorted().filter { id in scheme.items.contains { $0.id == id } }.map { (scheme.id, $0) }
        }

    @Test(arguments: windowSchemeItems)
    func everyItemDeductsItsPoints(_ schemeID: String, _ itemID: String) throws {
        let scheme = SchemeFixture.scheme(schemeID)
        let item = try #require(scheme.items.first { $0.id == itemID })
        let period = scheme.period == .month ? "2026-10" : "2026-S1"
        let result = try SchemeFixture.score(schemeID, [SchemeFixture.event(itemID, window: 4)], period: period)
        let window = SchemeFixture.window(4, in: result)
        let deduction = try #require(window.deductions.first { $0.item == itemID })
        #expect(deduction.points == item.points)
        #expect(deduction.clause == item.clause)
        #expect(deduction.events.count == 1)
        #expect(window.score == scheme.base - item.points)
    }

    @Test func overdueDaysComeFromTheLedgerNotFromEvents() throws {
        let days = ["2026-10-08", "2026-10-09", "2026-10-10", "2026-11-02"].map {
            (day: CivilDate($0)!, caseID: Int64(7))
        }
        let result = try SchemeFixture.score("wulong-monthly", [], overdue: [1: days])
        let deduction = try #require(
            SchemeFixture.window(1, in: result).deductions.first { $0.item == "quality.overdue" })
        #expect(deduction.count == 3)  // the November day counts in November
        #expect(deduction.points == 9)
        #expect(deduction.events.map(\.date) == ["2026-10-08", "2026-10-09", "2026-10-10"])
    }

    @Test(arguments: SchemeFixture.scheme("hut-demerits").demeritItems.map(\.id))
    func everyDemeritItemCounts(_ itemID: String) {
        let counter = DemeritCounter(
            scheme: SchemeFixture.scheme("hut-demerits"), events: [SchemeFixture.event(itemID)])
        let person = counter.count(Period("2026-10")!).people.first
        #expect(person?.staff == "小王")
        #expect(person?.demerits == 1)
    }
}
