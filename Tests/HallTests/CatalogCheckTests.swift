import Assessment
import Catalog
import Foundation
import Hall
import Testing

/// `check` merges the catalog's diagnostics and the rules' into one report.
@Suite struct CatalogCheckTests {
    static let day = CivilDate("2026-11-02")!

    func check(rules: CatalogCheck.RulesFolder) throws -> CheckReport {
        CatalogCheck(catalog: try CatalogSource.directory(HallFixture.catalogFolder), rules: rules)
            .report(checkedOn: Self.day, strict: false)
    }

    /// A scratch rules folder holding one scheme file.
    func rulesFolder(_ scheme: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("assessment"), withIntermediateDirectories: true)
        try scheme.write(to: folder.appendingPathComponent("assessment/broken.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    /// A scratch catalog of one file, broken so that it yields a few located diagnostics.
    func catalogFolder(_ hall: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "onestop-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try hall.write(to: folder.appendingPathComponent("hall.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func theShippedCatalogAndRulesCheckClean() throws {
        let report = try check(rules: .named(HallFixture.rulesFolder))
        #expect(!report.hasErrors)
        let catalogOnly = try check(rules: .usual("/nonexistent-onestop-rules"))
        let rulesOnly = SchemeLoader.load(folder: HallFixture.rulesFolder).diagnostics.sorted
        #expect(report.diagnostics.count == catalogOnly.diagnostics.count + rulesOnly.count)
    }

    @Test func aBrokenSchemeIsReportedBesideTheCatalogsDiagnosticsInOneReport() throws {
        let catalog = try catalogFolder("name: [unclosed\n")
        let rules = try rulesFolder("id: broken\nname: [unclosed\n")
        defer {
            try? FileManager.default.removeItem(at: catalog)
            try? FileManager.default.removeItem(at: rules)
        }
        let report = CatalogCheck(catalog: try CatalogSource.directory(catalog.path), rules: .named(rules.path))
            .report(checkedOn: Self.day, strict: false)
        let files = Set(report.diagnostics.filter { $0.severity == .error }.map(\.location.file))
        #expect(files.contains(rules.appendingPathComponent("assessment/broken.yaml").path))
        #expect(files.contains { $0.hasPrefix(catalog.path) })
        let json = report.json().replacingOccurrences(of: rules.path, with: "RULES")
            .replacingOccurrences(of: catalog.path, with: "CATALOG")
        GoldenFile.check(json, name: "check-broken.json")
    }

    @Test func aNamedRulesFolderMustExistTheUsualOneMayBeAbsent() throws {
        let missing = "/nonexistent-onestop-rules"
        let named = try check(rules: .named(missing))
        #expect(named.diagnostics.contains { $0.code == "missing-file" && $0.location.file == missing })
        let usual = try check(rules: .usual(missing))
        #expect(!usual.diagnostics.contains { $0.code == "missing-file" })
        #expect(!usual.hasErrors)
    }

    @Test func strictTurnsTheRulesWarningsIntoErrorsToo() throws {
        let folder = try rulesFolder("id: broken\nname: [unclosed\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let lenient = CatalogCheck(
            catalog: try CatalogSource.directory(HallFixture.catalogFolder), rules: .named(folder.path))
        let loose = lenient.report(checkedOn: Self.day, strict: false)
        let strict = lenient.report(checkedOn: Self.day, strict: true)
        #expect(strict.count(.error) == loose.count(.error) + loose.count(.warning))
    }
}
