import Catalog
import Testing

/// `hall.ratings`: the shipped rules with their assumed values, the defaults when the section is
/// absent, and bad values reported where they are written.
@Suite struct HallRatingsTests {
    @Test func theShippedRulesAreReadAndMarkedAssumed() throws {
        let ratings = try #require(ShippedCatalogTests.result.catalog.hall?.ratings)
        #expect(ratings.reasons == ["办事效率", "服务态度", "办事指南准确", "一次性告知", "材料要求", "等候时间", "其他"])
        #expect(ratings.unratedReminderDays == 7 && ratings.callbackWorkingDays == 2)
        #expect(ratings.rectificationWorkingDays == 5 && ratings.satisfiedLevels == ["非常满意", "满意", "基本满意"])
        #expect(ratings.assumed.marked(["reasons", "unrated_reminder", "callback", "rectification"]).count == 4)
        #expect(!ratings.assumed.contains("satisfied_levels") && ratings.pending("callback") == "（待确认）")
        let assumed = ShippedCatalogTests.result.catalog.assumedValues
        #expect(assumed.contains { $0.subject == "hall.ratings.rectification" }, "\(assumed.map(\.subject))")
    }

    @Test func aHallFileWithoutTheSectionGetsTheDefaults() throws {
        let result = CatalogLoader.load(CatalogSource(texts: ExampleCatalog.files))
        let ratings = try #require(result.catalog.hall?.ratings)
        #expect(ratings == Hall.Ratings.defaults && result.catalog.ratingRules == .defaults)
        #expect(ratings.reasons.contains("多次往返") && ratings.rectificationWorkingDays == 5)
        #expect(ratings.unratedReminderDays == 7 && ratings.pending("unrated_reminder") == "（待确认）")
    }

    @Test func aPartSectionKeepsTheDefaultsForWhatItLeavesOut() throws {
        var files = ExampleCatalog.files
        files["hall.yaml"] = files["hall.yaml"]?.replacingOccurrences(
            of: "  channels:", with: "  ratings:\n    rectification: {working_days: 15}\n  channels:")
        let result = CatalogLoader.load(CatalogSource(texts: files))
        #expect(result.diagnostics.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
        let ratings = try #require(result.catalog.hall?.ratings)
        #expect(ratings.rectificationWorkingDays == 15 && ratings.callbackWorkingDays == 2)
        #expect(ratings.reasons == Hall.Ratings.defaults.reasons && ratings.assumed.isEmpty)
    }

    @Test func badValuesAreReportedWhereTheyAreWritten() throws {
        let diagnostics = try ExampleEdit.load(
            "hall.yaml", replacing: "  channels:",
            with: """
                  ratings:
                    reasons: [办事效率, 其他, 办事效率]
                    unrated_reminder: {days: -1}
                    callback: {working_days: 0}
                    satisfied_levels: [非常满意, 挺好]
                    colour: red
                  channels:
                """)
        #expect(
            ExampleEdit.problems(diagnostics) == [
                "catalog/hall.yaml:29:25: duplicate-id", "catalog/hall.yaml:30:30: invalid-value",
                "catalog/hall.yaml:31:30: invalid-value", "catalog/hall.yaml:32:30: invalid-value",
                "catalog/hall.yaml:33:5: unknown-key",
            ], "\(diagnostics.map { "\($0.location): \($0.code) \($0.message)" })")
        #expect(diagnostics.contains { $0.message.contains("评价原因“办事效率”已在") })
        #expect(diagnostics.contains { $0.message.contains("“挺好”不是“hall.ratings.satisfied_levels”的可选值") })
    }
}
