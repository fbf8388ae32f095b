import Assessment
import Catalog
import Foundation
import Hall
import Store
import Testing

/// One operation value shared by concurrent requests, as a server shares it: the ledger stays
/// consistent and each request gets its own answer.
@Suite struct ConcurrentRequestsTests {
    let fixture: HallFixture

    init() throws { fixture = try HallFixture() }

    @Test func twoRequestsPublishingTheSamePeriodPublishItOnce() async throws {
        defer { fixture.remove() }
        let scoring = PeriodScoring(ledger: fixture.ledger, rules: HallFixture.rules, catalogFingerprint: "catalog")
        let request = PeriodScoring.Request(scheme: "wulong-monthly", period: Period("2026-10")!, action: .publish)
        let at = HallFixture.at("2026-11-02T08:00")
        async let first = Self.succeeded { () async throws(LedgerError) in
            _ = try await scoring.commit(request, at: at, by: "director")
        }
        async let second = Self.succeeded { () async throws(LedgerError) in
            _ = try await scoring.commit(request, at: at, by: "director")
        }
        let outcomes = await [first, second]
        #expect(outcomes.filter { $0 }.count == 1)
        let scored = try await scoring.preview(.init(scheme: request.scheme, period: request.period), at: at)
        #expect(scored.publication?.record.publishedBy == "director")
    }

    @Test func twoRequestsImportingTheSameFileImportItOnce() async throws {
        defer { fixture.remove() }
        let importing = CaseImporting(ledger: fixture.ledger)
        let data = Data(HallFixture.sample.utf8)
        let at = HallFixture.at("2026-11-23T09:00")
        async let first = importing.run(data: data, file: "ledger.csv", at: at, by: "clerk")
        async let second = importing.run(data: data, file: "ledger.csv", at: at, by: "clerk")
        let summaries = try await [first, second]
        #expect(summaries.map(\.rows).sorted() == [0, 3])
        #expect(try await CaseListing(ledger: fixture.ledger).records(.init()).count == 3)
    }

    static func succeeded(_ body: () async throws(LedgerError) -> Void) async -> Bool {
        do {
            try await body()
            return true
        } catch {
            return false
        }
    }
}
