import Catalog
import Foundation
import Hall
import Store
import Testing

/// Importing and listing cases: the JSON contracts and the text a clerk reads.
@Suite struct CaseOperationsTests {
    let fixture: HallFixture

    init() throws { fixture = try HallFixture() }

    @Test func anImportSaysWhatItWroteAndWhatWasAlreadyThere() throws {
        defer { fixture.remove() }
        let importing = CaseImporting(ledger: fixture.ledger)
        let at = HallFixture.at("2026-11-23T09:00")
        let first = try importing.run(data: Data(HallFixture.sample.utf8), file: "ledger.csv", at: at, by: "clerk")
        GoldenFile.check(first.json, name: "import-first.json")
        let again = try importing.run(data: Data(HallFixture.sample.utf8), file: "ledger.csv", at: at, by: "clerk")
        #expect(again.batch == nil)
        GoldenFile.check(again.json, name: "import-again.json")
        GoldenFile.check(again.text(), name: "import-again.txt")
    }

    @Test func aListIsMaskedNewestFirstAndFiltered() throws {
        defer { fixture.remove() }
        _ = try fixture.importSample()
        let listing = CaseListing(ledger: fixture.ledger)
        let list = listing.list(try listing.records(.init()), mask: try fixture.mask)
        #expect(!list.json.contains("2021040123") && !list.json.contains("张三"))
        GoldenFile.check(list.json, name: "list-all.json")
        let completed = CaseListing.Filter(status: .completed, limit: 10)
        #expect(try listing.records(completed).map(\.serviceId) == ["student-id-replacement"])
        #expect(completed.subject == "--status completed --limit 10")
    }

    @Test func theAsyncListIsTheSameList() async throws {
        defer { fixture.remove() }
        _ = try fixture.importSample()
        let listing = CaseListing(ledger: fixture.ledger)
        let filter = CaseListing.Filter(window: 2)
        let sync = try Self.records(listing, filter)
        let async = try await listing.records(filter)
        #expect(sync == async && sync.count == 1)
    }

    /// The synchronous variant (in an async test, the call would pick the async one).
    static func records(_ listing: CaseListing, _ filter: CaseListing.Filter) throws -> [CaseRecord] {
        try listing.records(filter)
    }

    @Test func anEmptyListSaysSo() throws {
        defer { fixture.remove() }
        let listing = CaseListing(ledger: fixture.ledger)
        let list = listing.list(try listing.records(.init()), mask: try fixture.mask)
        #expect(list.text == "没有办件\n")
        GoldenFile.check(list.json, name: "list-empty.json")
    }
}
