import Assessment
import Catalog
import Foundation
import Store

/// A ledger on a real SQLite file in a fresh temporary folder, with the shipped catalog.
struct LedgerFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let catalog: Catalog = {
        let source =
            (try? CatalogSource.directory(repository.appendingPathComponent("catalog").path)) ?? .init(files: [])
        return CatalogLoader.load(source).catalog
    }()

    /// The shipped assessment schemes (`rules/`).
    static let rules = SchemeLoader.load(folder: repository.appendingPathComponent("rules").path)

    /// The hall's clock in these tests: after every date they record, so that none depends on
    /// the machine's clock.
    static let now = CivilDateTime("2027-06-30T12:00")!

    let folder: URL
    let path: String
    let ledger: Ledger

    /// The events of this ledger under the shipped schemes.
    var eventBook: EventBook {
        EventBook(database: ledger.database, catalog: Self.catalog, schemes: Self.rules.schemes)
    }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("onestop.sqlite").path
        ledger = try Ledger(database: AppDatabase(path: path), catalog: Self.catalog, clock: .fixed(Self.now))
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    static func at(_ text: String) -> CivilDateTime { CivilDateTime(text)! }

    func accept(
        _ service: String = "student-id-replacement", window: Int = 1, at time: String = "2026-09-28T09:30",
        post: Post = .b, green: Bool = false
    ) throws -> CaseRecord {
        try ledger.accept(
            AcceptRequest(
                service: service, window: window, studentNumber: "2021040123", studentName: "张三", post: post,
                greenChannel: green, at: Self.at(time), by: "w01-a"))
    }
}
