/// Notes that list what administrators should confirm.
extension ValidationRule {
    static let notes: [ValidationRule] = [
        ValidationRule(
            "assumed-value", .note, "a value the sources do not give was assumed; confirm it",
            triggering: [
                RuleExample(
                    "departments.yaml", "    phone: \"0731-22183096\"\n",
                    "    phone: \"0731-22183096\"\n    assumed: {phone: 区号为推定}\n")
            ],
            nonTriggering: [.unchanged],
            check: { catalog, bag in
                for value in catalog.assumedValues {
                    bag.note(
                        "assumed-value",
                        "假定值 \(value.subject) = \(value.value)：\(value.reason)；请向相关部门核实",
                        at: value.location)
                }
            }
        ).runningOnIncompleteCatalog(),
        // Emitted by `CatalogLoader` once, after the error that stopped the cross-checks.
        ValidationRule(
            "cross-checks-skipped", .note,
            "cross-file checks were skipped because a file could not be read or an entry could not be decoded",
            triggering: [
                RuleExample("departments.yaml", "name: 教务处", "name: \"教务处"),
                RuleExample("windows/01.yaml", "number: 1", "number: one"),
                .removing("hall.yaml"),
            ],
            nonTriggering: [
                .unchanged,
                RuleExample("departments.yaml", "    phone:", "    phon:"),
                RuleExample("windows/01.yaml", "departments: [xsc]", "departments: [xgc]"),
            ]),
    ]
}
