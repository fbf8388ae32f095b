import Foundation

/// The thesaurus must say one thing per word, in the catalog's own words: a word read two ways,
/// or rewritten to a word the catalog never uses, would send students to the wrong window.
extension ValidationRule {
    static let thesaurusExample = """
        version: 1
        thesaurus:
          synonyms:
            - means: 学生证
              words: [学生卡, 学生本]
          typos:
            - means: 补办
              words: [补半]
          ignore: [辅导员让我来]
        """

    static let thesaurus: [ValidationRule] = [
        ValidationRule(
            "thesaurus-duplicate-word", "a thesaurus word is listed twice, or both rewritten and ignored",
            triggering: [
                RuleExample("thesaurus.yaml", "", thesaurusExample.replacingOccurrences(of: "[补半]", with: "[学生卡]")),
                RuleExample("thesaurus.yaml", "", thesaurusExample + "\n  places: [学生本]"),
                RuleExample("thesaurus.yaml", "", thesaurusExample + "\n  said: [辅导员让我来]"),
            ],
            nonTriggering: [.unchanged, RuleExample("thesaurus.yaml", "", thesaurusExample)],
            check: { catalog, bag in
                let thesaurus = catalog.thesaurus
                let listed =
                    thesaurus.entries.flatMap { entry in entry.words.map { ($0, entry.means.text) } }
                    + thesaurus.ignored.map { ($0, "（忽略）") } + thesaurus.places.map { ($0, "（地点）") }
                    + thesaurus.said.map { ($0, "（转述）") } + thesaurus.visited.map { ($0, "（去过）") }
                    + thesaurus.nearby.map { ($0, "（附近）") }
                var first: [String: (Thesaurus.Word, String)] = [:]
                for (word, meaning) in listed {
                    if let (earlier, earlierMeaning) = first[word.text] {
                        bag.error(
                            "thesaurus-duplicate-word",
                            "词“\(word.text)”在 \(earlier.location) 已列出（\(earlierMeaning)）；同一个词只能有一种读法，请删去其中一处",
                            at: word.location)
                    } else {
                        first[word.text] = (word, meaning)
                    }
                }
            }),
        ValidationRule(
            "thesaurus-circular", "a thesaurus word means itself, or means a word that is itself rewritten",
            triggering: [
                RuleExample(
                    "thesaurus.yaml", "", thesaurusExample.replacingOccurrences(of: "[学生卡, 学生本]", with: "[学生证]")),
                RuleExample(
                    "thesaurus.yaml", "", thesaurusExample.replacingOccurrences(of: "means: 补办", with: "means: 学生卡")),
            ],
            nonTriggering: [.unchanged, RuleExample("thesaurus.yaml", "", thesaurusExample)],
            check: { catalog, bag in
                let rewritten = Set(
                    catalog.thesaurus.entries.filter { $0.kind != .english }.flatMap { $0.words.map(\.text) })
                for entry in catalog.thesaurus.entries {
                    for word in entry.words where word.text == entry.means.text {
                        bag.error(
                            "thesaurus-circular", "“\(word.text)”被写成它自己的意思；删去这个词", at: word.location)
                    }
                    if rewritten.contains(entry.means.text),
                        !entry.words.contains(where: { $0.text == entry.means.text })
                    {
                        bag.error(
                            "thesaurus-circular",
                            "“\(entry.means.text)”本身又被改写成别的词；means 请直接写最终的目录用词", at: entry.means.location)
                    }
                }
            }),
        ValidationRule(
            "thesaurus-unknown-word", .warning,
            "a synonym means a word that no service's or office's name, alias or keyword, nor any fact's label, contains",
            triggering: [
                RuleExample(
                    "thesaurus.yaml", "", thesaurusExample.replacingOccurrences(of: "means: 学生证", with: "means: 借书证"))
            ],
            nonTriggering: [.unchanged, RuleExample("thesaurus.yaml", "", thesaurusExample)],
            check: { catalog, bag in
                var words: [String] = catalog.services.flatMap { [$0.name] + $0.aliases + $0.keywords }
                words += catalog.departments.flatMap { [$0.name] + $0.keywords }
                words += catalog.facts.flatMap { $0.values.map(\.label) }
                let containment = WordContainment(words)
                for entry in catalog.thesaurus.entries where entry.kind != .typo {
                    guard !containment.anyWordContains(entry.means.text) else { continue }
                    bag.warning(
                        "thesaurus-unknown-word",
                        "“\(entry.means.text)”不在任何事项或部门的名称、别名、关键词中，也不是情况（facts）的取值，改写成它不会匹配到任何事项；"
                            + "请改成目录中的用词，或把它加进相应事项的 keywords",
                        at: entry.means.location)
                }
            }),
    ]
}
