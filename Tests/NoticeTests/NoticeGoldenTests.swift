import Catalog
import Notice
import Testing

/// Every service of the shipped catalog, in every format, against golden files; plus scenarios
/// with facts, materials brought, defects, a referral, a refusal and an hour limit.
@Suite struct NoticeGoldenTests {
    static let engine = try? NoticeEngine(catalog: CatalogFixture.catalog)
    static let submitted = CivilDateTime("2026-09-30T10:00")!

    static let serviceIDs = CatalogFixture.catalog.services.map(\.id).sorted()

    struct Scenario: Sendable, CustomStringConvertible {
        var name: String
        var request: NoticeRequest
        var description: String { name }
    }

    static let scenarios: [Scenario] = [
        Scenario(
            name: "student-id-replacement-missing-and-defective",
            request: NoticeRequest(
                service: "学生证补办",
                facts: [
                    "applicant.stage": "enrolled", "applicant.level": "undergraduate", "card.reason": "damaged",
                    "applicant.has_id_card": "true",
                ],
                have: ["written_application", "id_card", "student_id_card"], defects: ["id_card": "expired"],
                submitted: CivilDateTime("2026-09-30T17:45")!)),
        Scenario(
            name: "student-id-replacement-graduate-refused",
            request: NoticeRequest(
                service: "student-id-replacement",
                facts: ["applicant.stage": "graduate", "applicant.level": "undergraduate"], submitted: submitted)),
        Scenario(
            name: "dorm-repair-at-night",
            request: NoticeRequest(service: "dorm-repair", submitted: CivilDateTime("2026-10-01T22:15")!)),
        Scenario(
            name: "scholarship-all-brought",
            request: NoticeRequest(
                service: "scholarship-application", facts: ["applicant.level": "undergraduate"], have: [],
                submitted: CivilDateTime("2026-02-13T09:00")!)),
    ]

    /// The fixture service (not shipped): a referral, a refusal and an accepted notice with
    /// assumed values, so these goldens do not change with the shipped data.
    static let fixtureEngine = try? NoticeEngine(catalog: CatalogFixture.withFixtureService)

    static let fixtureScenarios: [Scenario] = [
        Scenario(
            name: "fixture-postgraduate-referral",
            request: NoticeRequest(
                service: "fixture-card-replacement", facts: ["applicant.level": "postgraduate"], submitted: submitted)),
        Scenario(
            name: "fixture-freshman-referral",
            request: NoticeRequest(
                service: "fixture-card-replacement", facts: ["applicant.stage": "freshman"], submitted: submitted)),
        Scenario(
            name: "fixture-under-discipline-refused",
            request: NoticeRequest(
                service: "fixture-card-replacement",
                facts: ["applicant.level": "undergraduate", "applicant.under_discipline": "true"], submitted: submitted)
        ),
        Scenario(
            name: "fixture-accepted-on-a-holiday",
            request: NoticeRequest(
                service: "fixture-card-replacement",
                facts: [
                    "applicant.level": "undergraduate", "applicant.stage": "enrolled",
                    "applicant.under_discipline": "false",
                ],
                have: ["written_application", "photo"], submitted: CivilDateTime("2026-10-02T10:00")!)),
    ]

    @Test(arguments: fixtureScenarios)
    func fixtureScenariosInEveryFormat(_ scenario: Scenario) throws {
        let engine = try #require(Self.fixtureEngine)
        let notice = try engine.notice(for: scenario.request)
        for format in NoticeFormat.allCases {
            GoldenFile.check(notice.rendered(as: format), name: "scenarios/\(scenario.name).\(format.fileExtension)")
        }
    }

    /// Wording the hall would not print: zero originals, a doubled 办理, a double negative.
    @Test(arguments: serviceIDs)
    func noAwkwardWording(_ id: String) throws {
        let engine = try #require(Self.engine)
        let service = try #require(engine.catalog.service(id))
        let facts = [service.redirects.compactMap(\.when), service.acceptance.map(\.requires)].joined()
            .flatMap(\.facts)
        for fact in Set(facts) {
            for value in engine.catalog.fact(fact)?.allowedValues ?? [] {
                let text = try engine.notice(
                    for: NoticeRequest(service: id, facts: [fact: value], submitted: Self.submitted)
                ).rendered(as: .text)
                for awkward in ["原件0份", "办理学生证办理", "并非（", "已过受理时间或为休息日"] {
                    #expect(!text.contains(awkward), "\(id) \(fact)=\(value): \(awkward)")
                }
            }
        }
    }

    @Test(arguments: serviceIDs)
    func everyServiceInEveryFormat(_ id: String) throws {
        let engine = try #require(Self.engine)
        let notice = try engine.notice(for: NoticeRequest(service: id, submitted: Self.submitted))
        for format in NoticeFormat.allCases {
            GoldenFile.check(notice.rendered(as: format), name: "services/\(id).\(format.fileExtension)")
        }
    }

    @Test(arguments: scenarios)
    func scenariosInEveryFormat(_ scenario: Scenario) throws {
        let engine = try #require(Self.engine)
        let notice = try engine.notice(for: scenario.request)
        for format in NoticeFormat.allCases {
            GoldenFile.check(notice.rendered(as: format), name: "scenarios/\(scenario.name).\(format.fileExtension)")
        }
    }
}
