import Catalog
import Testing

/// Every validation rule's own examples are its tests.
@Suite struct RuleExampleTests {
    static func load(_ files: [String: String], checkedOn: CivilDate? = nil) -> [Diagnostic] {
        CatalogLoader.load(CatalogSource(texts: files), checkedOn: checkedOn).diagnostics.sorted
    }

    @Test func exampleCatalogIsClean() {
        let diagnostics = Self.load(ExampleCatalog.files)
        #expect(diagnostics.map(\.formatted) == [])
    }

    @Test func ruleIdsAreUnique() {
        let ids = ValidationRule.all.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test func everyRuleHasExamplesBothWays() {
        for rule in ValidationRule.all {
            #expect(!rule.triggering.isEmpty, "\(rule.id) has no triggering example")
            #expect(!rule.nonTriggering.isEmpty, "\(rule.id) has no non-triggering example")
        }
    }

    @Test(arguments: ValidationRule.all.map(\.id))
    func triggeringExamplesTrigger(_ id: String) throws {
        let rule = try #require(ValidationRule.rule(id))
        for (index, example) in rule.triggering.enumerated() {
            let files = try #require(example.apply(), "\(id) example \(index): '\(example.replacing)' not found")
            let diagnostics = Self.load(files, checkedOn: example.checkedOn)
            #expect(
                diagnostics.contains { $0.code == id && $0.severity == rule.severity },
                "\(id) example \(index) did not trigger; got \(diagnostics.map(\.formatted))")
        }
    }

    @Test(arguments: ValidationRule.all.map(\.id))
    func nonTriggeringExamplesDoNot(_ id: String) throws {
        let rule = try #require(ValidationRule.rule(id))
        for (index, example) in rule.nonTriggering.enumerated() {
            let files = try #require(example.apply(), "\(id) example \(index): '\(example.replacing)' not found")
            let diagnostics = Self.load(files, checkedOn: example.checkedOn).filter { $0.code == id }
            #expect(
                diagnostics.isEmpty, "\(id) non-triggering example \(index) triggered: \(diagnostics.map(\.formatted))")
        }
    }
}
