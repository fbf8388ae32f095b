import Catalog

/// The shape of rules/assessment/*.yaml, as documented in docs/rules.md.
enum SchemeShapes {
    static let id = Shape.string(
        pattern: "[a-z][a-z0-9_.-]*", hint: "lowercase letters, digits, '.', '_' and '-'",
        label: "小写字母、数字、“.”、“_”和“-”")

    static let item = ObjectShape(
        title: "an item", label: "考核项",
        fields: [
            Field("id", id, required: true, "unique within the scheme, e.g. discipline.late_or_early"),
            Field("name", .text, required: true, "short name"),
            Field("clause", .text, required: true, "the clause quoted from the source"),
            Field("points", .number(minimum: 0), required: true, "points per unit"),
            Field(
                "unit", .choice(Scheme.Unit.allCases.map(\.rawValue)),
                required: true,
                "what one count means"),
            Field("serious_extra", .number(minimum: 0), "extra points per serious occurrence"),
            Field("side_effects", .texts, "consequences beyond points, e.g. 通报批评"),
            Field("from_ledger", .choice(["overdue"]), "counted from the case ledger"),
            Field(
                "from_quality", .choice(["satisfaction_rate", "on_time_rate", "accuracy_rate"]),
                "scored from the quality report's rate, read from the ledger at scoring time"),
            Field(
                "quality_bands", .list(.object(qualityBand)),
                "with from_quality: a rate below `below` percent loses `points` (the lowest band reached)"),
        ])

    static let qualityBand = ObjectShape(
        title: "a quality band", label: "质量档次",
        fields: [
            Field("below", .number(minimum: 0), required: true, "a rate below this percentage"),
            Field("points", .number(minimum: 0), required: true, "points lost"),
        ])

    static let category = ObjectShape(
        title: "a category", label: "考核类别",
        fields: [
            Field("id", id, required: true, "unique within the scheme"),
            Field("name", .text, required: true, "the category's name"),
            Field("cap", .number(minimum: 0), "most points it can lose in a period (扣完为止)"),
            Field("not_given", .boolean, "the source names the area but not its items"),
            Field("items", .list(.object(item)), required: true, "deduction items"),
        ])

    static let level = ObjectShape(
        title: "a bonus level", label: "加分档次",
        fields: [
            Field("id", id, required: true, "the event item that awards it"),
            Field("name", .text, required: true, "the level's name"),
            Field("points", .number(minimum: 0), required: true, "points added"),
            Field("clause", .text, "the clause quoted from the source"),
        ])

    static let outcome = ObjectShape(
        title: "an outcome", label: "评定结果",
        fields: [
            Field("id", id, required: true, "unique within the scheme"),
            Field("name", .text, required: true, "the title or measure, e.g. 红旗窗口"),
            Field(
                "kind", .choice(Scheme.Outcome.Kind.allCases.map(\.rawValue)), required: true,
                "a title, or a rectification"),
            Field("top", .integer(minimum: 1), "a quota: the best N places, never more than N windows"),
            Field(
                "top_percent", .number(minimum: 0),
                "a quota: the best P% of subjects (rounded down, at least one), never more windows"),
            Field("below", .number(), "score below T"),
            Field("grade", id, "at this grade"),
            Field("consecutive", .integer(minimum: 1), "for this many periods in a row (with grade, top, top_percent)"),
            Field(
                "ties", .choice(["share"]),
                "share: windows still tied across the quota's edge all get it (the quota may be exceeded); "
                    + "by default none of them does"),
            Field(
                "award_when_all_tied", .boolean, "true: a quota is awarded even when every window ties (default false)"),
        ],
        exactlyOneOf: ["top", "top_percent", "below", "grade"])

    static let scheme = ObjectShape(
        title: "a scheme", label: "考核方案",
        fields: [
            Field("id", id, required: true, "unique id, used by --scheme"),
            Field("name", .text, required: true, "the scheme's name"),
            Field(
                "source",
                .object(
                    ObjectShape(
                        title: "a source", label: "数据来源",
                        fields: [
                            Field("document", .text, required: true, "the source document"),
                            Field("date", .text, "when it was issued"),
                            Field("note", .text, "anything else"),
                        ])), required: true, "where the scheme comes from"),
            Field("subject", .choice(["window", "person"]), required: true, "who is scored"),
            Field("period", .choice(["month", "semester"]), required: true, "the period one score covers"),
            Field("base", .number(minimum: 0), "starting points"),
            Field("categories", .list(.object(category)), "deduction categories"),
            Field(
                "bonus",
                .object(
                    ObjectShape(
                        title: "a bonus", label: "加分项",
                        fields: [
                            Field("cap", .number(minimum: 0), "most bonus points in a period"),
                            Field("levels", .list(.object(level)), required: true, "bonus levels"),
                        ])), "bonus points"),
            Field(
                "grades",
                .list(
                    .object(
                        ObjectShape(
                            title: "a grade", label: "等级",
                            fields: [
                                Field("id", id, required: true, "unique within the scheme"),
                                Field("name", .text, required: true, "the grade's name"),
                                Field("min", .number(), required: true, "lowest score of the grade"),
                            ]))), "grade thresholds"),
            Field("outcomes", .list(.object(outcome)), "what a period's result leads to"),
            Field(
                "rollups",
                .list(
                    .object(
                        ObjectShape(
                            title: "a roll-up", label: "汇总评定",
                            fields: [
                                Field("period", .choice(["year", "semester"]), required: true, "the longer period"),
                                Field(
                                    "method", .choice(Scheme.Rollup.Method.allCases.map(\.rawValue)), required: true,
                                    "how period scores combine"),
                                Field("outcomes", .list(.object(outcome)), "outcomes of the longer period"),
                            ]))), "longer periods"),
            Field(
                "tie_breakers", .list(.choice(Scheme.TieBreaker.allCases.map(\.rawValue))),
                "how equal scores are ordered, in this order; windows still equal share the place"),
            Field("demerits", .object(demerits), "person schemes: demerits and their consequences"),
            Field(
                "max_event_count", .integer(minimum: 1),
                "the most one event may count; an import refuses a larger count (default 100)"),
            Field("sunshine", .object(sunshine), "person schemes: the 阳光窗口 vote and opinions, and how they combine"),
        ])

    static let sunshine = ObjectShape(
        title: "a sunshine window rule", label: "阳光窗口评选规则",
        fields: [
            Field("name", .text, required: true, "the title, e.g. 阳光窗口"),
            Field("clause", .text, required: true, "the clause quoted from the source"),
            Field(
                "weights",
                .object(
                    ObjectShape(
                        title: "sunshine weights", label: "阳光窗口评选权重",
                        fields: [
                            Field("votes", .number(minimum: 0), required: true, "percent of the total from the votes"),
                            Field(
                                "teachers", .number(minimum: 0), required: true, "percent from the teachers' opinion"),
                            Field("hall", .number(minimum: 0), required: true, "percent from the hall's opinion"),
                        ])), required: true, "percentages of the total; they add up to 100"),
            Field("winners", .integer(minimum: 1), required: true, "windows named each period (more when tied)"),
            Field(
                "minimum_votes", .integer(minimum: 0),
                "the fewest votes over all windows for a period to name any winner (default 0)"),
        ])

    static let demerits = ObjectShape(
        title: "demerits", label: "扣分规则",
        fields: [
            Field(
                "items",
                .list(
                    .object(
                        ObjectShape(
                            title: "a demerit item", label: "扣分项",
                            fields: [
                                Field("id", id, required: true, "the event item"),
                                Field("name", .text, required: true, "short name"),
                                Field("clause", .text, required: true, "the clause quoted from the source"),
                            ]))), required: true, "what earns a demerit"),
            Field(
                "thresholds",
                .list(
                    .object(
                        ObjectShape(
                            title: "a threshold", label: "扣分阈值",
                            fields: [
                                Field("id", id, required: true, "unique within the scheme"),
                                Field("name", .text, required: true, "what follows, in words"),
                                Field("per", .choice(["month", "semester"]), required: true, "counted over"),
                                Field("at_least", .integer(minimum: 1), required: true, "demerits that trigger it"),
                                Field(
                                    "consequence", .choice(Scheme.Threshold.Consequence.allCases.map(\.rawValue)),
                                    required: true, "the measure"),
                                Field("amount", .number(minimum: 0), "yuan per hour, for wage_cut"),
                                Field(
                                    "post", .choice(Post.allCases.map(\.rawValue)),
                                    "the post it applies to (B: student assistants only); everyone when absent"),
                            ]))), required: true, "consequences"),
        ])

    static let file = ObjectShape(
        title: "the file", label: "文件",
        fields: [
            Field("version", .integer(), required: true, "format version; always 1"),
            Field("scheme", .object(scheme), required: true, "one assessment scheme"),
        ])
}

/// The JSON Schema of scheme files, for editors.
public enum SchemeSchema {
    public static func json() -> String {
        JSONSchemaWriter.schema(
            root: SchemeShapes.file, id: "https://onestop.example/scheme.schema.json",
            title: "OneStop assessment scheme",
            description: "One file of rules/assessment/: an assessment scheme. See docs/rules.md.")
    }
}
