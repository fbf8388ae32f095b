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
                        "assumed \(value.subject) = \(value.value): \(value.reason); confirm with the department",
                        at: value.location)
                }
            })
    ]
}
