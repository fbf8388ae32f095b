import Catalog
import Notice
import Store
import Testing

/// `onestop notice` and `onestop cases accept` agree: for every shipped service and every
/// combination of the facts its conditions read (each value, or unknown), the ledger accepts
/// exactly what the notice accepts and refuses the rest with the notice's own reason.
@Suite struct NoticeLedgerAgreementTests {
    static let catalog = LedgerFixture.catalog
    static let serviceIDs = catalog.services.map(\.id).sorted()
    static let when = "2026-11-23T10:00"

    /// Every combination of the facts a service's conditions read; an absent key is unknown.
    static func combinations(for service: Service) -> [[String: String]] {
        let conditions =
            service.redirects.compactMap(\.when) + service.acceptance.map(\.requires)
            + service.materials.compactMap(\.when) + service.steps.compactMap(\.when) + service.fees.compactMap(\.when)
        var ids: [String] = []
        for id in conditions.flatMap(\.facts) where !ids.contains(id) { ids.append(id) }
        var result: [[String: String]] = [[:]]
        for id in ids {
            let values = catalog.fact(id)?.allowedValues ?? []
            result = result.flatMap { partial in [partial] + values.map { partial.merging([id: $0]) { $1 } } }
        }
        return result
    }

    @Test(arguments: serviceIDs)
    func noticeAndAcceptAgree(_ id: String) throws {
        let fixture = try LedgerFixture()
        defer { fixture.remove() }
        let engine = try NoticeEngine(catalog: Self.catalog)
        let service = try #require(Self.catalog.service(id))
        let window = try #require(Self.catalog.window(offering: id)?.number)
        var accepted = 0
        for (index, facts) in Self.combinations(for: service).enumerated() {
            let notice = try engine.notice(
                for: NoticeRequest(service: id, facts: facts, submitted: LedgerFixture.at(Self.when)))
            let request = AcceptRequest(
                service: id, window: window, studentNumber: "2026\(100_000 + index)", facts: facts,
                at: LedgerFixture.at(Self.when), by: "w01-a")
            do {
                _ = try fixture.ledger.accept(request)
                #expect(
                    notice.decision == .accepted, "\(id) \(facts): the ledger accepted, the notice \(notice.decision)")
                accepted += 1
            } catch {
                #expect(
                    notice.decision != .accepted, "\(id) \(facts): the notice accepted, the ledger refused: \(error)")
                #expect(error.message == notice.statement, "\(id) \(facts)")
            }
        }
        #expect(accepted > 0, "\(id): no combination is accepted")
    }
}
