import Catalog
import Notice
import Testing

@Suite struct RouterTests {
    let router = Router(catalog: CatalogFixture.catalog)

    @Test func examplesFromTheIssue() {
        #expect(router.route("饭卡丢了").matches.first?.service.name == "一卡通挂失")
        #expect(router.route("宿舍水管漏水了").matches.first?.window?.number == 11)
        #expect(router.route("想转专业").matches.first?.window?.number == 6)
    }

    @Test func aMatterOutsideTheHallIsReferredWithContact() {
        let result = router.route("我的身份证丢了")
        #expect(result.outOfScope)
        #expect(result.matches.isEmpty)
        #expect(result.referral?.id == "pcs")
        #expect(result.referral?.phone != nil)
    }

    /// An office named only as who told or sent the student (the thesaurus' `said` and `visited`
    /// words) is not the matter; named as the matter, it is still where the student is sent.
    @Test func anOfficeThatOnlyToldTheStudentDoesNotOutrankTheMatter() {
        let told = router.route("学院教务秘书说成绩单要到大厅来盖章，我出国申请要用")
        #expect(!told.outOfScope)
        #expect(told.matches.first?.service.id == "transcript-stamp")
        #expect(router.route("我去过银行了，他们说助学贷款续贷要先在学校审核").matches.first?.service.id == "student-loan-application")
        #expect(router.route("教务秘书在哪里办公").referral?.id == "college")
        #expect(router.route("银行卡丢了").referral?.id == "bank")
    }

    /// An office named only as where the matter is (the thesaurus' `nearby` words) is not the
    /// matter either; asked about itself, it is still where the student is sent.
    @Test func anOfficeNamedOnlyAsThePlaceDoesNotOutrankTheMatter() {
        #expect(router.route("快递站旁边的围墙裂了，想举报一下").matches.first?.service.id == "safety-hazard-report")
        #expect(router.route("图书馆门口的台阶塌了一块，有安全隐患").matches.first?.service.id == "safety-hazard-report")
        #expect(router.route("快递站在哪里").referral?.id == "express")
        #expect(router.route("图书馆在哪").referral?.id == "lib")
    }

    /// 应届毕业生 inside the catalog's phrase stays part of the matter with a 的 between.
    @Test func anApplicantWordInsideAPhraseStaysWithAPossessiveBetween() {
        let result = router.route("单位要应届毕业生的证明，盖学校的章")
        #expect(result.matches.first?.service.id == "graduate-certificate-stamp")
    }

    /// The graduate's transcript goes to the archives by a redirect the catalog marks assumed:
    /// a guess does not send the student out of the hall. The window that stamps transcripts
    /// comes first, with the archives as a 待确认 note and never with 高 confidence.
    @Test func aGuessedRedirectKeepsTheHallsServiceAndSaysWhereItMightLead() throws {
        let result = router.route("我已经毕业两年了，还能来给成绩单盖章吗")
        #expect(!result.outOfScope)
        let first = try #require(result.matches.first)
        #expect(first.service.id == "transcript-stamp")
        #expect(first.note?.contains("档案馆") == true)
        #expect(first.note?.contains("（待确认）") == true)
        #expect(result.confidence != .high)
        #expect(result.text().contains("由档案馆出具（待确认）"))
        // Without the fact there is no note; an office asked about its own matter is still referred.
        #expect(router.route("成绩单盖章").matches.first?.note == nil)
        let sure = router.route("我的身份证丢了")
        #expect(sure.referral != nil)
    }

    /// An outside office whose words came up only weakly is named at the desk as a possibility:
    /// a weak guess does not send the student away.
    @Test func aWeakOutsideGuessGoesToTheDeskNamingTheOffice() {
        let result = router.route("我是学计算机的，当初是被调剂过来的。听说大一结束可以转，想知道需要什么条件、怎么考核。")
        #expect(result.outOfScope)
        #expect(result.referral?.id == nil)
        #expect(result.referral?.reason.contains("考试中心") == true)
        #expect(result.confidence == .low)
    }

    @Test func nothingMatchingGoesToTheConsultationDesk() {
        let result = router.route("今天天气怎么样")
        #expect(result.outOfScope)
        #expect(result.referral?.id == nil)
        #expect(result.referral?.reason.contains("一个工作日") == true)
    }

    @Test func recognisedFactsFollowRedirects() {
        let result = router.route("我已经毕业了，需要开学历证明")
        #expect(result.facts["applicant.stage"] == "graduate")
    }

    /// Window staff read the facts in the catalog's words, not as ids and codes.
    @Test func recognisedFactsAreShownInChinese() {
        let result = router.route("研究生学生证丢了")
        #expect(result.facts["applicant.level"] == "postgraduate")
        #expect(result.factsInWords.contains("培养层次=研究生"), "\(result.factsInWords)")
        #expect(result.text().contains("识别到的情况：") && result.text().contains("培养层次=研究生"), "\(result.text())")
        #expect(!result.text().contains("applicant.level"))
    }

    @Test func crossDepartmentServicesShowTheirStops() throws {
        let catalog = CatalogFixture.catalog
        let crossing = try #require(
            catalog.services.first { service in
                let owner = catalog.department(of: service)?.id
                return service.steps.contains { $0.department != nil && $0.department?.id != owner }
            })
        let result = router.route(crossing.name)
        let match = try #require(result.matches.first { $0.service.id == crossing.id })
        #expect(match.stops.count >= 2)
    }

    @Test func emptyAndPunctuationOnlyQueriesDoNotCrash() {
        for query in ["", "   ", "？？！", "的了吗"] {
            #expect(router.route(query).outOfScope)
        }
    }

    @Test func resultsAreDeterministic() {
        #expect(router.route("奖学金").json() == router.route("奖学金").json())
    }
}
