/// Shapes of the parts of hall.yaml.
enum HallShapes {
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    static let timeSpanPattern = "[0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2}"

    static let openingHours = Shape.string(
        pattern: "closed|\(timeSpanPattern)", hint: "'closed' or a span written HH:MM-HH:MM",
        label: "closed（不开放）或写成 HH:MM-HH:MM 的时段")

    static let hours = ObjectShape(
        title: "the opening hours", label: "开放时间",
        fields: weekdays.map { Field($0, openingHours, required: true, "'closed' or HH:MM-HH:MM") })

    static let closure = ObjectShape(
        title: "a closure", label: "闭厅日",
        fields: [
            Field("date", .date, required: true, "YYYY-MM-DD"),
            Field("reason", .text, required: true, "why the hall is closed"),
        ])

    static let post = ObjectShape(
        title: "a post", label: "岗位",
        fields: [
            Field("id", .choice(Post.allCases.map(\.rawValue)), required: true, "A (teacher) or B (student assistant)"),
            Field("name", .text, required: true, "the post's name"),
            Field("accepts", .timeRange, "when this post accepts cases"),
            Field("processes", .timeRange, "when this post processes cases"),
        ])

    static let role = ObjectShape(
        title: "a role", label: "角色",
        fields: [
            Field("id", .identifier, required: true, "unique id"),
            Field("name", .text, required: true, "the role's name"),
        ])

    static let desk = ObjectShape(
        title: "the consultation desk", label: "咨询台",
        fields: [
            Field("name", .text, required: true, "the desk's name"),
            Field("duties", .texts, "what the desk does"),
        ])

    static let channel = ObjectShape(
        title: "a channel", label: "渠道",
        fields: [
            Field("id", .identifier, required: true, "unique id"),
            Field("name", .text, required: true, "the channel's name"),
            Field("online", .boolean, required: true, "whether it needs no visit"),
        ])

    static let staffMember = ObjectShape(
        title: "a member of staff", label: "工作人员",
        fields: [
            Field("id", .identifier, required: true, "unique id, recorded as who did an operation"),
            Field("name", .text, required: true, "the name shown"),
            Field("role", .identifier, required: true, "id of one of the hall's roles"),
            Field("windows", .list(.integer(minimum: 1)), "numbers of the windows they work at"),
        ])

    /// An IANA time zone name; the hall's "now" is read in it whatever the machine's zone.
    static let timeZone = Shape.string(
        hint: "an IANA time zone name such as 'Asia/Shanghai'", label: "IANA 时区名，如 Asia/Shanghai")

    /// A regular expression a whole student number must match (`[0-9]{10}`); the ledger
    /// refuses cases whose number does not.
    static let studentNumberPattern = Shape.string(
        hint: "a regular expression the whole student number must match, such as '[0-9]{10}'",
        label: "整个学号须匹配的正则表达式，如 [0-9]{10}")

    static func days(_ key: String, _ summary: String) -> Shape {
        .object(
            ObjectShape(
                title: "a number of days", label: "天数",
                fields: [Field(key, .integer(minimum: 1), required: true, summary)]))
    }

    static let ratings = ObjectShape(
        title: "the rating rules", label: "评价规则",
        fields: [
            Field("reasons", .list(.text, nonEmpty: true), "the reasons a rating may give, each once"),
            Field("unrated_reminder", days("days", "days after completion"), "when an unrated case is listed"),
            Field("callback", days("working_days", "working days after the rating"), "a bad rating's 回访"),
            Field("rectification", days("working_days", "working days after the rating"), "a bad rating's 整改"),
            Field(
                "satisfied_levels", .list(.choice(Hall.Ratings.levelNames), nonEmpty: true),
                "the levels the 满意率 counts as satisfied"),
        ])

    static let commitments = ObjectShape(
        title: "the commitments", label: "服务承诺",
        fields: [
            Field("first_question_feedback", CatalogShapes.timeLimit, "首问 feedback to the visitor"),
            Field("complaint_answer", CatalogShapes.timeLimit, "answer to a complaint"),
            Field("repair_response", CatalogShapes.timeLimit, "a repair done"),
            Field("on_time_rate", .number(minimum: 0), "percent of cases on time"),
            Field("accuracy_rate", .number(minimum: 0), "percent of cases without error"),
            Field("satisfaction_rate", .number(minimum: 0), "percent of satisfied users"),
        ])
}
