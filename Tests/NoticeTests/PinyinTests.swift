import Catalog
import Testing

@testable import Notice

@Suite struct PinyinTests {
    /// Every Han character of the shipped catalog's words and the thesaurus.
    static var catalogTexts: [String] {
        let catalog = CatalogFixture.catalog
        var texts: [String] = []
        for service in catalog.services { texts += [service.name] + service.aliases + service.keywords }
        for department in catalog.departments { texts += [department.name] + department.keywords }
        for rewrite in catalog.thesaurus.rewrites { texts += [rewrite.word, rewrite.means] }
        return texts
    }

    @Test func learningAllCharactersInOneTransformGivesEachCharactersOwnSyllable() {
        let texts = Self.catalogTexts
        let learnt = Pinyin(learning: texts)
        let oneByOne = Pinyin.transliteratedOneByOne(texts)
        #expect(oneByOne.count > 500)
        let differing = oneByOne.filter { learnt.syllable(of: $0.key) != $0.value }
        #expect(differing.isEmpty, "\(differing.prefix(10))")
    }

    @Test func compactSpellsHanAndKeepsASCIILetters() {
        let pinyin = Pinyin(learning: ["学生证补办"])
        #expect(pinyin.compact("学生证补办") == "xueshengzhengbuban")
        #expect(pinyin.compact("CET-4 学生证") == "cetxueshengzheng")
    }
}
