import Assessment
import Catalog
import Foundation
import GRDB
import Store
import Testing

/// The ledger, the event book and the score desk resolve names as the notice does, keep ids,
/// and refuse with the resolver's codes.
@Suite struct LedgerNameResolutionTests {
    let fixture: LedgerFixture

    init() throws { fixture = try LedgerFixture() }

    func accept(_ service: String, facts: [String: String] = [:], materials: [String: String] = [:])
        throws(LedgerError) -> CaseRecord
    {
        try fixture.ledger.accept(
            AcceptRequest(
                service: service, window: 1, studentNumber: "2021040123", facts: facts, materials: materials,
                at: LedgerFixture.at("2026-09-28T09:30"), by: "w01-a"))
    }

    @Test func aServiceIsAcceptedByAliasOrUniquePartAndStoredById() throws {
        defer { fixture.remove() }
        #expect(try accept("补办学生证").serviceId == "student-id-replacement")
        #expect(try accept("学生证补").serviceId == "student-id-replacement")
    }

    @Test func aPartOfTwoServicesIsAmbiguous() throws {
        defer { fixture.remove() }
        let error = try #require(throws: LedgerError.self) { try accept("学生证") }
        #expect(error.code == .ambiguousService)
        #expect(error.message.contains("student-id-replacement  学生证补办"))
        let unknown = try #require(throws: LedgerError.self) { try accept("学生证补班") }
        #expect(unknown.code == .unknownService)
    }

    @Test func factsAndMaterialsTypedInChineseAreStoredAsIds() throws {
        defer { fixture.remove() }
        let record = try accept("学生证补办", facts: ["证件情况": "遗失"], materials: ["身份证": "provided"])
        #expect(record.facts == #"{"card.reason":"lost"}"#)
        #expect(record.materials == #"{"id_card":"provided"}"#)
        let value = try #require(throws: LedgerError.self) {
            try accept("学生证补办", facts: ["学生类别": "研究生"])
        }
        #expect(value.code == .unknownFactValue)
        #expect(value.message.contains("培养层次=研究生"))
        let material = try #require(throws: LedgerError.self) { try accept("学生证补办", materials: ["护照": "provided"]) }
        #expect(material.code == .unknownMaterial)
    }

    @Test func aWindowThatDoesNotExistHasItsCode() throws {
        defer { fixture.remove() }
        let error = try #require(throws: LedgerError.self) {
            try fixture.ledger.transfer(1, to: 99, at: LedgerFixture.at("2026-09-28T10:00"), by: "w01-a")
        }
        #expect(error.code == .unknownWindow)
    }

    @Test func eventsTakeItemsAndWindowsByChineseNames() throws {
        defer { fixture.remove() }
        let csv = "date,window,item\n2026-10-09,学生资助,旷工\n2026-10-12,3号窗口,窗口空岗\n"
        _ = try fixture.eventBook.importEvents(
            data: Data(csv.utf8), file: "events.csv", at: LedgerFixture.at("2026-11-01T09:00"), by: "deputy")
        let events = try fixture.eventBook.list()
        #expect(events.map(\.item) == ["discipline.absent", "discipline.unstaffed"])
        #expect(events.map(\.window) == [2, 3])
        let ambiguous = try #require(throws: LedgerError.self) {
            try fixture.eventBook.importEvents(
                data: Data("date,window,item\n2026-10-09,1,迟到\n".utf8), file: "more.csv",
                at: LedgerFixture.at("2026-11-01T09:00"), by: "deputy")
        }
        #expect(ambiguous.code == .ambiguousItem)
    }

    @Test func theScoreDeskFindsASchemeByAPartOfItsName() throws {
        defer { fixture.remove() }
        let desk = ScoreDesk(ledger: fixture.ledger, rules: LedgerFixture.rules, catalogFingerprint: "catalog")
        #expect(try desk.scheme("武隆").id == "wulong-monthly")
        #expect(try desk.scheme("wulong-monthly").id == "wulong-monthly")
        let error = try #require(throws: LedgerError.self) { try desk.scheme("wulong-montly") }
        #expect(error.code == .unknownScheme)
        #expect(error.message.contains("您是不是要找“wulong-monthly”"))
    }
}
