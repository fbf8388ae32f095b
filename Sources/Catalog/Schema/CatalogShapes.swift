/// The shapes of the catalog files, as documented in docs/catalog.md.
enum CatalogShapes {
    static let version = Field("version", .integer(), required: true, "format version; always 1")

    static let timeLimit = Shape.object(
        ObjectShape(
            title: "a time limit", label: "办理时限",
            fields: [
                Field("working_days", .integer(minimum: 1), "ends on the N-th working day after acceptance"),
                Field("hours", .integer(minimum: 1), "wall-clock hours"),
                Field("on_the_spot", .boolean, "done while the applicant waits"),
            ],
            exactlyOneOf: ["working_days", "hours", "on_the_spot"]))

    static let basis = Shape.list(
        .object(
            ObjectShape(
                title: "a basis", label: "设定依据",
                fields: [
                    Field("document", .text, required: true, "the source document"),
                    Field("clause", .text, "the article or clause"),
                ])))

    static let hall = ObjectShape(
        title: "the hall", label: "大厅",
        fields: [
            Field("name", .text, required: true, "the hall's name"),
            Field("institution", .text, required: true, "the university"),
            Field("address", .text, "where the hall is"),
            Field("calendar", .identifier, required: true, "id of the working-day calendar"),
            Field("time_zone", HallShapes.timeZone, "the hall's time zone (default Asia/Shanghai)"),
            Field("closures", .list(.object(HallShapes.closure)), "the hall's own closing days"),
            Field("hours", .object(HallShapes.hours), required: true, "opening hours per weekday"),
            Field("posts", .list(.object(HallShapes.post), nonEmpty: true), required: true, "A/B posts"),
            Field("roles", .list(.object(HallShapes.role), nonEmpty: true), required: true, "who performs steps"),
            Field("consultation_desk", .object(HallShapes.desk), "the consultation desk"),
            Field("channels", .list(.object(HallShapes.channel), nonEmpty: true), required: true, "channels"),
            Field("commitments", .object(HallShapes.commitments), "hall-wide promises"),
            Field("student_number_pattern", HallShapes.studentNumberPattern, "what a student number looks like"),
            Field("staff", .list(.object(HallShapes.staffMember)), "who may act in the ledger (--by)"),
            Field("ratings", .object(HallShapes.ratings), "the 好差评 rules (reasons, reminder and follow-up days)"),
        ])

    static let department = ObjectShape(
        title: "a department", label: "部门",
        fields: [
            Field("id", .identifier, required: true, "unique id"),
            Field("name", .text, required: true, "the department's name"),
            Field("in_hall", .boolean, required: true, "whether it sits in the hall"),
            Field("office", .text, "office, for referrals"),
            Field("phone", .text, "phone, for referrals"),
            Field("keywords", .texts, "what students ask that goes there"),
            Field("name_en", .text, "the name in English, for international students"),
            Field("keywords_en", .texts, "English words students use for it"),
        ])

    static let fact = ObjectShape(
        title: "a fact", label: "情况",
        fields: [
            Field("id", .factIdentifier, required: true, "dotted id such as applicant.level"),
            Field("name", .text, "a short Chinese name, used when a notice explains a condition"),
            Field("prompt", .text, required: true, "the question staff ask"),
            Field("type", .choice(["enum", "boolean"]), "enum (default) or boolean"),
            Field("values", .dictionary(keyPattern: "[a-z][a-z0-9_-]*", values: .text), "value: label"),
        ])

    static let window = ObjectShape(
        title: "a window", label: "窗口",
        fields: [
            Field("number", .integer(minimum: 1), required: true, "the window number shown in the hall"),
            Field("name", .text, required: true, "the window's name"),
            Field("departments", .list(.identifier, nonEmpty: true), required: true, "responsible first"),
            Field("posts", .dictionary(keyPattern: nil, values: .integer(minimum: 0)), "staff per post"),
            Field("services", .identifiers, required: true, "ids of the services offered here"),
        ])

    static func file(_ key: String, _ shape: Shape, _ summary: String) -> ObjectShape {
        ObjectShape(
            title: "the file", label: "文件", fields: [version, Field(key, shape, required: true, summary)])
    }

    /// The root shape for each kind of catalog file.
    static func root(for kind: CatalogFileKind) -> ObjectShape {
        switch kind {
        case .hall: file("hall", .object(hall), "the hall")
        case .departments: file("departments", .list(.object(department)), "the departments")
        case .facts: file("facts", .list(.object(fact)), "facts about applicants")
        case .materials: file("materials", .list(.object(MaterialShapes.material)), "the materials")
        case .window: file("window", .object(window), "one window")
        case .services: file("services", .list(.object(ServiceShapes.service)), "services")
        case .calendar: file("calendar", .object(CalendarShapes.calendar), "a working-day calendar")
        case .thesaurus: file("thesaurus", .object(ThesaurusShapes.thesaurus), "the hall's words for routing")
        }
    }
}
