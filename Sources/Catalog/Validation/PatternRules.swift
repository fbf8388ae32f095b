/// The hall's student-number form must be a regular expression the ledger can use: an invalid
/// one would make every acceptance and import refuse every student number.
extension ValidationRule {
    static let patterns: [ValidationRule] = [
        ValidationRule(
            "invalid-pattern", "the hall's student_number_pattern is not a valid regular expression",
            triggering: [
                RuleExample("hall.yaml", "  channels:", "  student_number_pattern: \"[0-9{10\"\n  channels:"),
                RuleExample("hall.yaml", "  channels:", "  student_number_pattern: \"(20[0-9]{8}\"\n  channels:"),
            ],
            nonTriggering: [
                .unchanged,
                RuleExample("hall.yaml", "  channels:", "  student_number_pattern: \"[0-9]{10}\"\n  channels:"),
            ],
            check: { catalog, bag in
                guard let hall = catalog.hall, let pattern = hall.studentNumberPattern,
                    hall.studentNumberExpression == nil
                else { return }
                bag.error(
                    "invalid-pattern",
                    "student_number_pattern\(QuotedText.quoted(pattern))不是有效的正则表达式；"
                        + "请写一个整个学号都须匹配的正则表达式，如“[0-9]{10}”",
                    at: hall.studentNumberPatternLocation ?? hall.location)
            })
    ]
}
