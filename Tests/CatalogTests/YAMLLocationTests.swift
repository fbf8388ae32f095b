import Catalog
import Testing

/// Positions the YAML library loses or misplaces: characters inside quoted and block scalars,
/// anchors and aliases, and the repeated key of a mapping.
@Suite struct YAMLLocationTests {
    static let requires = "requires: applicant.stage != \"graduate\""

    /// Each condition replaces line 11 of services/daily.yaml and misspells `card.reasn`.
    static let conditions: [(yaml: String, at: String)] = [
        // An escape (\u0061 is "a") makes the value shorter than the text.
        (#"requires: "applicant.stage != \"gr\u0061duate\" && card.reasn != \"stolen\"""#, "11:60"),
        // A literal block keeps the extra indentation of its second line.
        ("requires: |\n          applicant.stage != \"graduate\" &&\n            card.reasn != \"stolen\"", "13:13"),
        // A plain scalar continued on the next line.
        ("requires: applicant.stage != \"graduate\"\n          && card.reasn != \"stolen\"", "12:14"),
        // A single-quoted scalar over two lines, with '' escapes on both.
        ("requires: 'applicant.stage != ''graduate''\n          && card.reasn != ''stolen'''", "12:14"),
    ]

    @Test(arguments: conditions.indices)
    func conditionColumnsPointAtTheWrittenCharacter(_ index: Int) throws {
        let (yaml, at) = Self.conditions[index]
        let found = try ExampleEdit.load("services/daily.yaml", replacing: Self.requires, with: yaml)
        #expect(ExampleEdit.problems(found) == ["catalog/services/daily.yaml:\(at): unknown-fact"])
    }

    @Test func conditionSyntaxErrorInAFoldedBlockIsOnItsLine() throws {
        let found = try ExampleEdit.load(
            "services/daily.yaml", replacing: Self.requires,
            with: "requires: >-\n          applicant.stage != \"graduate\"\n          & card.reason != \"stolen\"")
        #expect(ExampleEdit.problems(found) == ["catalog/services/daily.yaml:13:11: condition-syntax"])
    }

    @Test func everyAnchorAndAliasIsReportedWhereItIsWritten() {
        let facts = """
            version: 1
            facts:
              - &stage
                id: applicant.stage
                prompt: 您是？
                values: &values {freshman: 新生}
              - id: card.reason
                prompt: 证件？
                values: *values
                also: [*stage, "*not", '&not'] # *not &not

            """
        let found = ExampleEdit.load("facts.yaml", text: facts)
        #expect(
            ExampleEdit.problems(found) == [
                "catalog/facts.yaml:3:5: yaml-alias", "catalog/facts.yaml:6:13: yaml-alias",
                "catalog/facts.yaml:9:13: yaml-alias", "catalog/facts.yaml:10:12: yaml-alias",
            ])
    }

    /// `&` and `*` in text, quotes, comments and block scalars are characters, not anchors.
    @Test func ampersandsAndStarsInTextAreNotAnchors() throws {
        let found = try ExampleEdit.load(
            "departments.yaml", replacing: "office: 辖区派出所户籍窗口\n    keywords: [身份证丢了]",
            with: "office: 户籍 & 身份证 * 2 '&a' # &b *c\n    phone: |\n      *注意 &f\n    keywords:\n"
                + "      - \"*g\"\n      - 续行 *\n        *续行\n      - 'it''s &h'")
        #expect(found.map(\.formatted) == [])
    }

    @Test func undefinedAliasIsAnAliasError() {
        let found = ExampleEdit.load("facts.yaml", text: "version: 1\nfacts: *missing\n")
        #expect(ExampleEdit.problems(found) == ["catalog/facts.yaml:2:8: yaml-alias"])
    }

    @Test func repeatedKeyInAFlowMappingIsFound() throws {
        let found = try ExampleEdit.load("windows/01.yaml", replacing: "{A: 1, B: 3}", with: "{A: 1, B: 3, A: 2}")
        #expect(ExampleEdit.problems(found) == ["catalog/windows/01.yaml:6:23: duplicate-key"])
        #expect(found.first?.message.contains("第一次在第 6 行") == true)
    }

    @Test func repeatedKeyOfAListItemSkipsDeeperMappings() throws {
        let found = try ExampleEdit.load(
            "departments.yaml", replacing: "    phone: \"0731-22183096\"\n",
            with: "    phone: \"0731-22183096\"\n    keywords:\n      - in_hall: x\n    \"in_hall\": false\n")
        #expect(ExampleEdit.problems(found) == ["catalog/departments.yaml:9:5: duplicate-key"])
        #expect(found.first?.message.contains("第一次在第 5 行") == true)
    }

    @Test func datesAndTimesOfTheWrongShapeAreReportedOnce() throws {
        let date = try ExampleEdit.load(
            "calendars/cn-national.yaml", replacing: "\"2026-10-01\"", with: "\"2026-10-1\"")
        #expect(ExampleEdit.problems(date) == ["catalog/calendars/cn-national.yaml:9:18: invalid-value"])
        let time = try ExampleEdit.load("hall.yaml", replacing: "\"08:30-17:30\"", with: "\"8:30-17:30\"")
        #expect(ExampleEdit.problems(time) == ["catalog/hall.yaml:7:13: invalid-value"])
    }
}
