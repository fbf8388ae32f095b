import Catalog
import Foundation
import Notice
import Testing

/// A redirected or refused notice says only that, in every format; sections 一 and 六 agree.
/// Runs on a fixture service so it does not depend on which redirects the shipped data has.
@Suite struct NoticeDecisionTests {
    static let engine = try? NoticeEngine(catalog: CatalogFixture.withFixtureService)
    static let service = "fixture-card-replacement"
    static let when = CivilDateTime("2026-11-23T10:00")!

    func notice(_ facts: [String: String], have: Set<String>? = nil) throws -> Notice {
        let engine = try #require(Self.engine)
        return try engine.notice(
            for: NoticeRequest(service: Self.service, facts: facts, have: have, submitted: Self.when))
    }

    /// Every combination of the fixture's deciding facts, each value or unknown.
    static let combinations: [[String: String]] = {
        var result: [[String: String]] = [[:]]
        let facts = [
            ("applicant.level", ["undergraduate", "postgraduate", "international"]),
            ("applicant.stage", ["freshman", "enrolled", "graduating", "graduate"]),
            ("applicant.under_discipline", ["true", "false"]),
        ]
        for (id, values) in facts {
            result = result.flatMap { partial in
                [partial] + values.map { value in partial.merging([id: value]) { $1 } }
            }
        }
        return result
    }()

    /// What the student may not be told on a notice that does not accept the case.
    static let acceptedOnly = ["原件", "复印件", "办结", "办理流程", "收费", "工本费", "所需材料", "需补交", "需补正"]

    @Test func aRedirectSaysOnlyWhereToGoAndWhy() throws {
        let result = try notice(["applicant.level": "postgraduate"])
        #expect(result.decision == .redirected && !result.inScope)
        #expect(result.materials.isEmpty && result.steps.isEmpty && result.fee == nil && result.timeLimit == nil)
        let referral = try #require(result.referral)
        #expect(referral.department == "研究生院" && referral.office == "行政楼601")
        #expect(referral.condition == "培养层次：研究生")
        for format in NoticeFormat.allCases {
            let text = result.rendered(as: format)
            for word in Self.acceptedOnly { #expect(!text.contains(word), "\(format) says \(word)") }
            #expect(text.contains("研究生证件由研究生院补办"), "\(format)")
            #expect(text.contains("0731-22181403"), "\(format)")
        }
    }

    @Test func aRedirectToAnotherServiceNamesIt() throws {
        let result = try notice(["applicant.stage": "freshman"])
        #expect(result.referral?.service?.id == "student-id-issue")
        #expect(result.rendered(as: .text).contains("请改为办理事项“学生证办理”"))
    }

    @Test func aRefusalSaysTheUnmetRequirementInPlainWords() throws {
        let result = try notice(["applicant.under_discipline": "true"])
        #expect(result.decision == .refused && result.inScope)
        #expect(result.materials.isEmpty && result.steps.isEmpty && result.fee == nil && result.timeLimit == nil)
        let refusal = try #require(result.refusal)
        #expect(refusal.condition == "受理条件为“申请人不在纪律处分期内”，申请人情况：是否在处分期：是")
        for format in NoticeFormat.allCases {
            let text = result.rendered(as: format)
            for word in Self.acceptedOnly { #expect(!text.contains(word), "\(format) says \(word)") }
            #expect(!text.contains("并非"), "\(format)")
            #expect(text.contains("处分期内暂不办理证件补办"), "\(format)")
        }
        #expect(result.rendered(as: .text).contains("但不符合受理条件"))
        #expect(refusal.assumed == ["refusals"])
        #expect(result.statement?.hasPrefix("不予受理：处分期内暂不办理证件补办（待确认）") == true)
        for format in [NoticeFormat.text, .markdown, .html] {
            #expect(result.rendered(as: format).contains("处分期内暂不办理证件补办（待确认）"), "\(format)")
        }
    }

    /// Section 一 and section 六 say the same decision as the JSON, for every combination of facts.
    @Test(arguments: combinations)
    func sectionsOneAndSixAgreeInEveryFormat(_ facts: [String: String]) throws {
        try Self.checkSectionsAgree(try notice(facts))
    }

    /// The same on every shipped service, for every combination of the facts its conditions read.
    @Test(arguments: CatalogFixture.catalog.services.map(\.id).sorted())
    func sectionsAgreeOnEveryShippedService(_ id: String) throws {
        let engine = try NoticeEngine(catalog: CatalogFixture.catalog)
        let service = try #require(engine.catalog.service(id))
        var ids: [String] = []
        let conditions = service.redirects.compactMap(\.when) + service.acceptance.map(\.requires)
        for fact in conditions.flatMap(\.facts) where !ids.contains(fact) { ids.append(fact) }
        var combinations: [[String: String]] = [[:]]
        for fact in ids {
            let values = engine.catalog.fact(fact)?.allowedValues ?? []
            combinations = combinations.flatMap { partial in
                [partial] + values.map { partial.merging([fact: $0]) { $1 } }
            }
        }
        for facts in combinations {
            try Self.checkSectionsAgree(
                try engine.notice(for: NoticeRequest(service: id, facts: facts, submitted: Self.when)))
        }
    }

    static func checkSectionsAgree(_ result: Notice) throws {
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.rendered(as: .json).utf8)) as? [String: Any])
        #expect(json["decision"] as? String == result.decision.rawValue)
        #expect((json["in_scope"] as? Bool) == (result.decision != .redirected))
        for format in [NoticeFormat.text, .markdown, .html] {
            let text = result.rendered(as: format)
            let one = try #require(section(text, from: "一、是否属于受理范围", to: "六、"), "\(format)")
            let six = try #require(section(text, from: "六、不予受理的理由", to: nil), "\(format)")
            switch result.decision {
            case .accepted:
                #expect(one.contains("属于本大厅受理范围") && !one.contains("不予受理") && !one.contains("不属于"))
                #expect(six.contains("无（予以受理）"))
            case .redirected:
                #expect(one.contains("不属于本事项受理范围") && six.contains("本事项在此不予受理"))
                #expect(!six.contains("无（予以受理）"))
                for word in acceptedOnly { #expect(!text.contains(word), "\(result.service.id) \(format): \(word)") }
            case .refused:
                #expect(one.contains("不符合受理条件，不予受理") && six.contains(result.refusal?.reason ?? "?"))
                for word in acceptedOnly { #expect(!text.contains(word), "\(result.service.id) \(format): \(word)") }
            }
        }
    }

    @Test func theDecisionIsTheOneTheDeciderGives() throws {
        let engine = try #require(Self.engine)
        let service = try #require(engine.catalog.service(Self.service))
        for facts in Self.combinations {
            let decision = AcceptanceDecider(catalog: engine.catalog).decide(service, facts: facts)
            #expect(try notice(facts).decision == decision.outcome, "\(facts)")
        }
    }

    @Test func everyMaterialDetailReachesEveryFormat() throws {
        let result = try notice(["applicant.level": "undergraduate", "applicant.stage": "enrolled"])
        let photo = try #require(result.materials.first { $0.id == "photo" })
        #expect(photo.validity?.contains("近六个月内") == true)
        for format in NoticeFormat.allCases {
            let text = result.rendered(as: format)
            #expect(text.contains("近六个月内"), "\(format) lacks the validity")
            #expect(text.contains("一寸蓝底免冠照片"), "\(format) lacks the note")
            #expect(text.contains("原件核对后当场退还"), "\(format) lacks what is handed back")
            guard format != .json else { continue }
            #expect(text.contains("原件2份"), "\(format)")
            #expect(!text.contains("原件0份"), "\(format)")
        }
        #expect(result.rendered(as: .text).contains("居民身份证：复印件1份（待确认）"))
    }

    @Test func assumedValuesAreMarkedToBeConfirmed() throws {
        let accepted = try notice(["applicant.level": "undergraduate", "applicant.stage": "enrolled"])
        #expect(accepted.fee?.items.first?.assumed == ["amount"])
        #expect(accepted.timeLimit?.assumed == true)
        for format in [NoticeFormat.text, .markdown, .html] {
            let text = accepted.rendered(as: format)
            #expect(text.contains("20 元（待确认）"), "\(format)")
            #expect(text.contains("3个工作日（待确认）"), "\(format)")
            #expect(text.contains("99号窗口 测试窗口（待确认）"), "\(format)")
        }
        let json = accepted.rendered(as: .json)
        #expect(json.contains("\"time_limit\""))
        let referred = try notice(["applicant.level": "postgraduate"])
        #expect(referred.referral?.assumed == ["office", "phone"])
        for format in [NoticeFormat.text, .markdown, .html] {
            #expect(referred.rendered(as: format).contains("0731-22181403（待确认）"), "\(format)")
        }
    }

    @Test func theStudentsCopyIsAFormWithoutStaffMatter() throws {
        let result = try notice(["applicant.stage": "enrolled"])
        let html = result.rendered(as: .html)
        for part in ["告知单编号", result.number, "申请人姓名", "学号", "联系电话", "日期", "窗口工作人员签字", "申请人签字", "一式两份"] {
            #expect(html.contains(part), "the form lacks \(part)")
        }
        for staffOnly in ["主任审批", "未参与", "制证厂商", "副主任", Self.service, "待确认的情况", "A岗集中办理"] {
            #expect(!html.contains(staffOnly), "the student's copy shows \(staffOnly)")
            #expect(!result.rendered(as: .markdown).contains(staffOnly), "the Markdown copy shows \(staffOnly)")
        }
        #expect(result.rendered(as: .text).contains("主任审批其余调整"))
    }

    /// No shipped service's student copy names internal duties, ids or approval levels.
    @Test(arguments: CatalogFixture.catalog.services.map(\.id).sorted())
    func shippedStudentCopiesCarryNoStaffMatter(_ id: String) throws {
        let engine = try NoticeEngine(catalog: CatalogFixture.catalog)
        let result = try engine.notice(
            for: NoticeRequest(service: id, submitted: #require(CivilDateTime("2026-09-30T10:00"))))
        for format in [NoticeFormat.html, .markdown] {
            let copy = result.rendered(as: format)
            for staffOnly in ["不得同时", "审批其余调整", "元以下的调整", "（\(id)）", "待确认的情况", "A岗集中办理"] {
                #expect(!copy.contains(staffOnly), "\(id) \(format) shows \(staffOnly)")
            }
        }
    }

    @Test func routeResultsMarkAssumedContacts() throws {
        let router = Router(catalog: CatalogFixture.catalog)
        let result = router.route("研究生学位论文答辩")
        let referral = try #require(result.referral)
        #expect(referral.assumed.contains("phone"))
        #expect(result.text().contains("（待确认）"))
    }

    /// The text between a heading and the next one given (or the end).
    static func section(_ text: String, from start: String, to end: String?) -> String? {
        guard let lower = text.range(of: start) else { return nil }
        let rest = text[lower.upperBound...]
        guard let end, let upper = rest.range(of: end) else { return String(rest) }
        return String(rest[..<upper.lowerBound])
    }
}
