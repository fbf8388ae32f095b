import Assessment
import Catalog
import Foundation
import Store

/// A ledger on a real SQLite file in a fresh temporary folder, with the shipped catalog and
/// rules, and a hall clock fixed after every date the tests record.
struct HallFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var catalogFolder: String { repository.appendingPathComponent("catalog").path }
    static var rulesFolder: String { repository.appendingPathComponent("rules").path }

    static let catalog: Catalog = {
        CatalogLoader.load((try? CatalogSource.directory(catalogFolder)) ?? .init(files: [])).catalog
    }()

    static let rules = SchemeLoader.load(folder: rulesFolder)

    static let now = CivilDateTime("2027-06-30T12:00")!

    let folder: URL
    let ledger: Ledger

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-hall-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("onestop.sqlite").path
        ledger = try Ledger(database: AppDatabase(path: path), catalog: Self.catalog, clock: .fixed(Self.now))
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    static func at(_ text: String) -> CivilDateTime { CivilDateTime(text)! }

    /// What a clerk without a disclosure sees.
    var mask: PersonalDataMask { get throws { try ledger.personalDataMask(knownNames: true) } }

    /// Two cases of September 2026 and a completed one, imported as a clerk would.
    func importSample() throws -> Ledger.ImportResult {
        try ledger.importCases(
            data: Data(Self.sample.utf8), file: "ledger.csv", at: Self.at("2026-11-23T09:00"), by: "clerk")
    }

    static let sample = """
        service,window,student,submitted,completed,name
        学生证补办,1,2021040123,2026-09-28T09:30,2026-10-20T16:00,张三
        dorm-repair,11,2022010001,2026-10-01T22:15,,
        奖学金申请受理与审核,2,2023020002,2026-10-12,,李四

        """
}
