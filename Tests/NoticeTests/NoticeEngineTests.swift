import Catalog
import Notice
import Testing

/// The rules of the one-time notice, on the shipped catalog.
@Suite struct NoticeEngineTests {
    let engine: NoticeEngine
    let when = CivilDateTime("2026-11-23T10:00")!

    init() throws {
        engine = try NoticeEngine(catalog: CatalogFixture.catalog)
    }

    func notice(
        _ service: String = "student-id-replacement", facts: [String: String] = [:], have: Set<String>? = nil,
        defects: [String: String] = [:], at time: String? = nil
    ) throws -> Notice {
        try engine.notice(
            for: NoticeRequest(
                service: service, facts: facts, have: have, defects: defects,
                submitted: time.flatMap(CivilDateTime.init) ?? when))
    }

    static let enrolled = [
        "applicant.stage": "enrolled", "applicant.level": "undergraduate", "applicant.has_id_card": "true",
        "card.reason": "lost",
    ]

    @Test func withoutHaveEveryApplicableMaterialIsRequired() throws {
        let result = try notice(facts: Self.enrolled)
        let statuses = Dictionary(uniqueKeysWithValues: result.materials.map { ($0.id, $0.status) })
        #expect(statuses["written_application"] == .required)
        #expect(statuses["id_card"] == .required)
        #expect(statuses["student_id_card"] == .notApplicable)
        #expect(result.missing.isEmpty && result.defective.isEmpty && result.questions.isEmpty)
    }

    @Test func withHaveTheMaterialsNotBroughtAreMissing() throws {
        let result = try notice(facts: Self.enrolled, have: ["written_application", "居民身份证"])
        #expect(result.materials.first { $0.id == "id_card" }?.status == .provided)
        #expect(result.missing == ["photo"])
    }

    @Test func defectsSayHowToCorrectThem() throws {
        let result = try notice(
            facts: Self.enrolled, have: ["written_application", "id_card"], defects: ["id_card": "expired"])
        let line = try #require(result.materials.first { $0.id == "id_card" })
        #expect(line.status == .defective)
        #expect(line.defect?.fix.isEmpty == false)
        #expect(result.defective == ["id_card"])
    }

    @Test func anUnknownFactBecomesAQuestionNotAGuess() throws {
        let result = try notice()
        let photoOrCard = result.materials.first { $0.id == "student_id_card" }
        #expect(photoOrCard?.status == .ask)
        #expect(result.questions.contains { $0.fact == "card.reason" && $0.values == ["lost", "stolen", "damaged"] })
        #expect(result.inScope && result.refusal == nil)
    }

    @Test func aConditionThatAppliesSaysWhy() throws {
        var facts = Self.enrolled
        facts["card.reason"] = "damaged"
        let line = try #require(try notice(facts: facts).materials.first { $0.id == "student_id_card" })
        #expect(line.status == .required)
        #expect(line.reason.contains("证件情况为“损坏”"))
    }

    @Test func aFailedAcceptanceConditionGivesTheRefusalAndItsBasis() throws {
        var facts = Self.enrolled
        facts["applicant.stage"] = "graduate"
        let refusal = try #require(try notice(facts: facts).refusal)
        #expect(refusal.code == "not-enrolled")
        #expect(!refusal.basis.isEmpty)
    }

    @Test func aRedirectMakesTheMatterOutOfScopeWithAReferral() throws {
        // 学生证补办 serves every enrolled student (000), so the test uses a service that does redirect.
        let result = try notice("enrolment-certificate-stamp", facts: ["applicant.level": "postgraduate"])
        #expect(!result.inScope)
        let referral = try #require(result.referral)
        #expect(referral.department == "研究生院")
        #expect(referral.phone != nil)
    }

    @Test func dueDateFollowsTheCalendarAndTheCutOff() throws {
        let beforeHoliday = try #require(try notice(at: "2026-09-30T10:00").timeLimit)
        #expect(beforeHoliday.due == "2026-10-13")
        let afterClosing = try #require(try notice(at: "2026-09-30T17:45").timeLimit)
        #expect(afterClosing.acceptanceDay == "2026-10-08")
        #expect(afterClosing.due == "2026-10-14")
        #expect(afterClosing.note?.contains("已过当日受理截止时间") == true)
        let onHoliday = try #require(try notice(at: "2026-10-02T10:00").timeLimit)
        #expect(onHoliday.note?.contains("为休息日（") == true)
        let saturday = try #require(try notice(at: "2026-11-21T10:00").timeLimit)
        #expect(saturday.note?.contains("为休息日") == true && saturday.note?.contains("截止") == false)
        let repair = try #require(try notice("dorm-repair", at: "2026-10-01T22:15").timeLimit)
        #expect(repair.kind == "hours" && repair.due == "2026-10-03T22:15")
    }

    @Test func procedureCountsVisitsAndKeepsDutiesApart() throws {
        let result = try notice(facts: Self.enrolled)
        #expect(result.steps.count == 5)
        #expect(result.visits == 2)
        #expect(result.steps.contains { !$0.separateFrom.isEmpty && $0.reason.contains("未参与") })
        #expect(result.fee?.total == 15)
        #expect(result.fee?.items.first?.approval.count == 2)
    }

    @Test func everyServiceHasTheSixItems() throws {
        for service in CatalogFixture.catalog.services {
            let result = try notice(service.id)
            #expect(result.window != nil, "\(service.id)")
            #expect(!result.basis.isEmpty, "\(service.id)")
            #expect(result.timeLimit?.due.isEmpty == false, "\(service.id)")
            let text = result.rendered(as: .text)
            for heading in ["一、是否属于受理范围", "二、所需材料", "三、办理时限", "四、需补交的材料", "五、需补正的材料", "六、不予受理的理由"] {
                #expect(text.contains(heading), "\(service.id) lacks \(heading)")
            }
        }
    }

    @Test func badInputIsRefusedWithDidYouMean() throws {
        #expect(throws: NoticeError.self) { try notice("学生证") }
        do {
            _ = try notice("学生证补班")
            Issue.record("expected an error")
        } catch {
            #expect(String(describing: error).contains("学生证补办"))
        }
        do {
            _ = try notice(facts: ["card.reasn": "lost"])
            Issue.record("expected an error")
        } catch {
            #expect(String(describing: error).contains("card.reason"))
        }
        do {
            _ = try notice(facts: ["card.reason": "lots"])
            Issue.record("expected an error")
        } catch {
            #expect(String(describing: error).contains("lost"))
        }
        #expect(throws: NoticeError.self) { try notice(have: ["passport"]) }
        #expect(throws: NoticeError.self) { try notice(defects: ["id_card": "torn"]) }
        #expect(throws: NoticeError.self) { try notice(at: "2099-12-30T10:00") }  // due in 2100
    }
}
