import Catalog
import Notice
import Testing

/// The notice takes facts, materials and defects by their Chinese names and holds them as ids.
@Suite struct NoticeNameResolutionTests {
    let engine: NoticeEngine

    init() throws { engine = try NoticeEngine(catalog: CatalogFixture.catalog) }

    @Test func chineseNamesGiveTheSameNoticeAsIds() throws {
        let submitted = try #require(CivilDateTime("2026-11-23T10:00"))
        let byName = try engine.notice(
            for: NoticeRequest(
                service: "补办学生证", facts: ["证件情况": "损坏", "学生类别": "在校生"], have: ["身份证", "书面申请"],
                defects: ["身份证": "过期"], submitted: submitted))
        let byID = try engine.notice(
            for: NoticeRequest(
                service: "student-id-replacement", facts: ["card.reason": "damaged", "applicant.stage": "enrolled"],
                have: ["id_card", "written_application"], defects: ["id_card": "expired"], submitted: submitted))
        #expect(byName.facts == ["card.reason": "damaged", "applicant.stage": "enrolled"])
        #expect(byName.defective == ["id_card"])
        #expect(byName.rendered(as: .json) == byID.rendered(as: .json))
    }

    @Test func missesCarryTheResolversCodes() throws {
        let submitted = try #require(CivilDateTime("2026-11-23T10:00"))
        func code(_ request: NoticeRequest) -> String? {
            do {
                _ = try engine.notice(for: request)
                return nil
            } catch {
                return error.code.rawValue
            }
        }
        #expect(code(NoticeRequest(service: "学生证", submitted: submitted)) == "ambiguous-service")
        #expect(code(NoticeRequest(service: "学生证补办", have: ["护照"], submitted: submitted)) == "unknown-material")
        #expect(
            code(NoticeRequest(service: "学生证补办", defects: ["身份证": "破损"], submitted: submitted)) == "unknown-defect")
        #expect(
            code(NoticeRequest(service: "学生证补办", facts: ["学生类别": "研究生"], submitted: submitted))
                == "unknown-fact-value")
    }
}
