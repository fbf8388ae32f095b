import Assessment
import Catalog
import Foundation
import Hall
import Store
import Testing

/// Opening the hall once for a front end, and reading its files again after an edit.
@Suite struct HallServicesTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-services-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func location(rules: String = HallFixture.rulesFolder, catalog: String = HallFixture.catalogFolder)
        -> HallServices.Location
    {
        .init(catalogFolder: catalog, rulesFolder: rules, databasePath: folder.appendingPathComponent("db.sqlite").path)
    }

    @Test func theShippedHallOpensAndItsOperationsShareTheLedger() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let hall = try HallServices.open(location(), clock: .fixed(HallFixture.now))
        let summary = try hall.caseImport.run(
            data: Data(HallFixture.sample.utf8), file: "ledger.csv", at: HallFixture.at("2026-11-23T09:00"), by: "clerk"
        )
        #expect(summary.rows == 3)
        #expect(try hall.caseList.records(.init()).count == 3)
        #expect(try hall.overdue.report(.period(Period("2026-10")!)).cases.count == 3)
        #expect(!hall.check.report(checkedOn: CivilDate("2026-11-02")!, strict: false).hasErrors)
        #expect(hall.scoring.desk.catalogFingerprint == hall.source.fingerprint)
    }

    @Test func reloadingReadsTheEditedRulesOnTheSameLedger() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let rules = folder.appendingPathComponent("rules")
        try FileManager.default.copyItem(atPath: HallFixture.rulesFolder, toPath: rules.path)
        let hall = try HallServices.open(location(rules: rules.path), clock: .fixed(HallFixture.now))
        _ = try hall.caseImport.run(
            data: Data(HallFixture.sample.utf8), file: "ledger.csv", at: HallFixture.at("2026-11-23T09:00"), by: "clerk"
        )
        let schemes = try FileManager.default.contentsOfDirectory(
            atPath: rules.appendingPathComponent("assessment").path)
        let removed = try #require(schemes.sorted().first)
        try FileManager.default.removeItem(at: rules.appendingPathComponent("assessment/\(removed)"))
        let reloaded = try hall.reloaded()
        #expect(reloaded.rules.schemes.count == hall.rules.schemes.count - 1)
        #expect(try reloaded.caseList.records(.init()).count == 3)
    }

    @Test func aHallThatCannotBeOpenedSaysWhatToMend() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect {
            try HallServices.open(location(catalog: folder.appendingPathComponent("nowhere").path))
        } throws: { error in
            guard case .missingCatalogFolder = error as? HallOpeningFailure else { return false }
            return true
        }
        let rules = folder.appendingPathComponent("rules/assessment")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try "id: broken\nname: [unclosed\n".write(
            to: rules.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        do {
            _ = try HallServices.open(location(rules: folder.appendingPathComponent("rules").path))
            Issue.record("expected the broken rules to refuse opening")
        } catch {
            guard case .rules(let errors) = error else { throw error }
            #expect(errors.first?.code == "yaml-syntax")
            #expect(error.message.hasPrefix("考核方案有 1 处错误"))
        }
    }
}
