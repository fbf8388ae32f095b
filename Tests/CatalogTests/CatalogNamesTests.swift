import Catalog
import Testing

/// One resolver for everything window staff type, on the shipped catalog: ids, exact Chinese
/// names, aliases, unique parts of names; did-you-mean on a miss, the candidates when ambiguous.
@Suite struct CatalogNamesTests {
    let names = ShippedCatalogTests.result.catalog.names

    @Test func aServiceIsFoundByIdNameAliasOrUniquePart() throws {
        for query in ["student-id-replacement", "STUDENT-ID-REPLACEMENT", "学生证补办", "补办学生证", " 学生证补 "] {
            #expect(try names.service(query).id == "student-id-replacement", "\(query)")
        }
    }

    @Test func aPartOfSeveralNamesListsTheCandidates() throws {
        let error = try #require(throws: ResolutionError.self) { try names.service("学生证") }
        #expect(error.code == "ambiguous-service")
        #expect(Set(error.candidates.map(\.name)) == ["学生证办理", "学生证补办"])
        #expect(error.message.contains("student-id-replacement  学生证补办"))
    }

    @Test func aMissSuggestsTheClosestNameInChinese() throws {
        let error = try #require(throws: ResolutionError.self) { try names.service("学生证补班") }
        #expect(error.code == "unknown-service")
        #expect(error.suggestion?.id == "student-id-replacement")
        #expect(error.message.hasPrefix("没有这个事项（您是不是要找“student-id-replacement”（学生证补办）？）"))
        #expect(error.query == "学生证补班")
    }

    /// 身份证 is how a clerk says 居民身份证.
    @Test func aMaterialIsFoundByAPartOfItsName() throws {
        #expect(try names.material("身份证").id == "id_card")
        #expect(try names.material("居民身份证").id == "id_card")
        #expect(try names.material("id_card").id == "id_card")
        let error = try #require(throws: ResolutionError.self) { try names.material("护照") }
        #expect(error.code == "unknown-material")
    }

    @Test func aDefectIsFoundByCodeOrAPartOfItsText() throws {
        let card = try names.material("身份证")
        #expect(try names.defect("过期", of: card).code == "expired")
        #expect(try names.defect("expired", of: card).code == "expired")
        let error = try #require(throws: ResolutionError.self) { try names.defect("破损", of: card) }
        #expect(error.code == "unknown-defect")
        #expect(error.message.hasPrefix("“居民身份证”没有这个缺陷"))
        #expect(error.message.contains("身份证已过期（expired）"))
    }

    @Test func aFactAndItsValueAreFoundByChineseNames() throws {
        let (fact, value) = try names.fact("学生类别", "在校生")
        #expect((fact.id, value) == ("applicant.stage", "enrolled"))
        #expect(try names.fact("培养层次", "研究生").value == "postgraduate")
        #expect(try names.fact("applicant.level", "postgraduate").value == "postgraduate")
        #expect(try names.fact("是否团员", "是").value == "true")
        #expect(try names.fact("是否团员", "false").value == "false")
    }

    /// 研究生 is a 培养层次, not a 学生类别: the clerk is told the pair that means it.
    @Test func aValueOfAnotherFactNamesThatFact() throws {
        let error = try #require(throws: ResolutionError.self) { try names.fact("学生类别", "研究生") }
        #expect(error.code == "unknown-fact-value")
        #expect(error.suggestion == NameCandidate(id: "applicant.level=postgraduate", name: "培养层次=研究生"))
        #expect(error.message.contains("请写作“培养层次=研究生”"))
        let unknown = try #require(throws: ResolutionError.self) { try names.fact("学生种类", "新生") }
        #expect(unknown.code == "unknown-fact")
    }

    @Test func aWindowIsFoundByNumberOrName() throws {
        #expect(try names.window("1").name == "学生日常事务")
        #expect(try names.window("11号窗口").number == 11)
        #expect(try names.window("学生资助").number == 2)
        let error = try #require(throws: ResolutionError.self) { try names.window("99") }
        #expect(error.code == "unknown-window")
        #expect(error.message.contains("1号学生日常事务"))
    }

    /// A miss does not repeat what was typed: it may be a student's name in the wrong place.
    @Test func aMissDoesNotRepeatWhatWasTyped() throws {
        for query in ["2021040123", "欧阳娜娜"] {
            let error = try #require(throws: ResolutionError.self) { try names.service(query) }
            #expect(!error.message.contains(query))
            let window = try #require(throws: ResolutionError.self) { try names.window(query) }
            #expect(!window.message.contains(query))
        }
    }

    @Test func anExactNameWinsOverAPartOfAnother() {
        let resolver = NameResolver(
            .item,
            entries: [
                NamedEntry(id: "late", name: "迟到", value: 1), NamedEntry(id: "late-meeting", name: "会议迟到", value: 2),
            ])
        #expect(resolver.resolve("迟到").value == 1)
        #expect(resolver.resolve("会议").value == 2)
        guard case .notFound(let suggestion) = resolver.resolve("旷工") else {
            Issue.record("expected a miss")
            return
        }
        #expect(suggestion == nil)
    }
}
