/// Rules the loader applies while reading and decoding files; they have examples but no cross-check.
extension ValidationRule {
    static let decoding: [ValidationRule] = [
        ValidationRule(
            "yaml-syntax", "a file is not well-formed YAML",
            triggering: [
                RuleExample("departments.yaml", "name: 教务处", "name: \"教务处"),
                RuleExample("hall.yaml", "    tuesday:", "\ttuesday:"),
            ],
            nonTriggering: [.unchanged]
        ).stoppingCrossChecks(),
        ValidationRule(
            "invalid-encoding", "a file is not UTF-8 text",
            triggering: [
                RuleExample("facts.yaml", "", "version: 1\n\u{0}\u{1}\u{2}"),
                // UTF-16 without a byte-order mark: ASCII with every other byte zero.
                RuleExample("facts.yaml", "", "version: 1\n".map { "\($0)\u{0}" }.joined()),
            ],
            nonTriggering: [.unchanged]
        ).stoppingCrossChecks(),
        ValidationRule(
            "invalid-line-break", "a file holds U+0085, U+2028 or U+2029, which YAML readers disagree about",
            triggering: [RuleExample("departments.yaml", "name: 教务处", "name: 教务\u{2028}处")],
            nonTriggering: [.unchanged]
        ).stoppingCrossChecks(),
        ValidationRule(
            "empty-file", "a file is empty",
            triggering: [RuleExample("facts.yaml", "", ""), RuleExample("facts.yaml", "", "# only a comment\n")],
            nonTriggering: [.unchanged]
        ).stoppingCrossChecks(),
        ValidationRule(
            "file-too-large", "a file is larger than 4 MiB",
            triggering: [
                RuleExample("facts.yaml") {
                    "version: 1\n" + String(repeating: "# padding\n", count: YAMLReader.maximumBytes / 10 + 1)
                }
            ],
            nonTriggering: [.unchanged]
        ).stoppingCrossChecks(),
        ValidationRule(
            "nesting-too-deep", "a file nests values deeper than 64 levels",
            triggering: [
                RuleExample(
                    "facts.yaml", "",
                    "version: 1\nfacts: " + String(repeating: "[", count: 80) + String(repeating: "]", count: 80))
            ],
            nonTriggering: [.unchanged]
        ).stoppingCrossChecks(),
        ValidationRule(
            "yaml-alias", "a file uses anchors, aliases or merge keys",
            triggering: [
                RuleExample(
                    "facts.yaml", "", "version: 1\nfacts:\n  - &f {id: a.b, prompt: x, type: boolean}\n  - *f\n"),
                RuleExample(
                    "facts.yaml", "values: {lost: 遗失, stolen: 被盗, damaged: 损坏}",
                    "values:\n      <<: {lost: 遗失}\n      stolen: 被盗"),
                // An anchor nobody uses is still refused.
                RuleExample("departments.yaml", "name: 学生工作处", "name: &xsc 学生工作处"),
            ],
            nonTriggering: [
                .unchanged,
                // `&` and `*` inside text, quotes, comments and block scalars are just characters.
                RuleExample(
                    "departments.yaml", "office: 辖区派出所户籍窗口",
                    "office: 户籍 & 身份证 * 2 '&a' # &b *c\n    phone: \"&e *f\""),
                RuleExample(
                    "departments.yaml", "office: 辖区派出所户籍窗口",
                    "office: |\n      *注意 &f\n      带 *g\n    phone: 110 *\n      *续行"),
            ]
        ).stoppingCrossChecks(),
        ValidationRule(
            "duplicate-key", "a mapping has the same key twice",
            triggering: [
                RuleExample("departments.yaml", "    in_hall: true\n", "    in_hall: true\n    in_hall: true\n")
            ],
            nonTriggering: [.unchanged]
        ).stoppingCrossChecks(),
        ValidationRule(
            "unsupported-version", "a file's version is not one this onestop reads",
            triggering: [RuleExample("facts.yaml", "version: 1", "version: 2")],
            nonTriggering: [.unchanged]
        ).stoppingCrossChecks(),
        ValidationRule(
            "unknown-key", "a mapping has a key the format does not define",
            triggering: [RuleExample("departments.yaml", "    phone:", "    phon:")],
            nonTriggering: [.unchanged]),
        ValidationRule(
            "missing-key", "a mapping lacks a required key",
            triggering: [
                RuleExample("departments.yaml", "    name: 教务处\n", ""),
                RuleExample("facts.yaml", "version: 1\n", ""),
            ],
            nonTriggering: [.unchanged]
        ).stoppingCrossChecks(),
        ValidationRule(
            "type-mismatch", "a value has the wrong type (only true/false are booleans)",
            triggering: [
                RuleExample("windows/01.yaml", "number: 1", "number: one"),
                RuleExample("departments.yaml", "in_hall: false", "in_hall: NO"),
                RuleExample("windows/01.yaml", "departments: [xsc]", "departments: xsc"),
            ],
            nonTriggering: [.unchanged, RuleExample("departments.yaml", "keywords: [身份证丢了]", "keywords: [NO, on]")]
        ).stoppingCrossChecks(),
        ValidationRule(
            "invalid-value", "a value is not one the format allows",
            triggering: [
                RuleExample("services/daily.yaml", "kind: stamping", "kind: stamp"),
                RuleExample("departments.yaml", "id: jwc", "id: JWC"),
            ],
            nonTriggering: [.unchanged]),
        ValidationRule(
            "conflicting-keys", "a time limit or redirect target needs exactly one of its keys",
            triggering: [
                RuleExample("services/daily.yaml", "{on_the_spot: true}", "{on_the_spot: true, hours: 2}"),
                RuleExample("services/daily.yaml", "time_limit: {working_days: 1}", "time_limit: {}"),
            ],
            nonTriggering: [.unchanged]
        ).stoppingCrossChecks(),
        ValidationRule(
            "assumed-unknown-key", "'assumed' names a key its mapping does not have",
            triggering: [
                RuleExample("departments.yaml", "    in_hall: false\n", "    in_hall: false\n    assumed: {fax: 待确认}\n")
            ],
            nonTriggering: [
                RuleExample(
                    "departments.yaml", "    in_hall: false\n", "    in_hall: false\n    assumed: {in_hall: 待确认}\n")
            ]),
        ValidationRule(
            "unexpected-file", .warning, "a YAML file sits outside the catalog layout and is ignored",
            triggering: [RuleExample("notes/draft.yaml", "", "version: 1\n")],
            nonTriggering: [.unchanged]),
        ValidationRule(
            "missing-file", "a file the catalog needs is missing",
            triggering: [.removing("departments.yaml"), .removing("hall.yaml")],
            nonTriggering: [.unchanged, .removing("facts.yaml")]
        ).stoppingCrossChecks(),
        ValidationRule(
            "condition-syntax", "a condition cannot be parsed",
            triggering: [
                RuleExample("services/daily.yaml", "applicant.stage != \"graduate\"", "applicant.stage = \"graduate\""),
                RuleExample("services/daily.yaml", "card.reason == \"damaged\"", "card.reason in \"damaged\""),
            ],
            nonTriggering: [.unchanged]),
        ValidationRule(
            "condition-too-long", "a condition has more terms than anyone can read (\(Condition.maximumTerms))",
            triggering: [
                RuleExample(
                    "services/daily.yaml", "card.reason == \"damaged\"",
                    Array(repeating: "card.reason == \"damaged\"", count: Condition.maximumTerms + 1)
                        .joined(separator: " || "))
            ],
            nonTriggering: [.unchanged]),
    ]
}
