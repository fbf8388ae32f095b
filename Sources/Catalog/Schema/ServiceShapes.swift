/// Shapes of services/*.yaml.
enum ServiceShapes {
    static let kinds = [
        "consultation", "application", "approval", "certificate", "stamping", "card", "repair", "complaint",
        "report", "payment", "transfer",
    ]

    static let condition = Shape.string(
        hint: "a condition such as applicant.level == \"postgraduate\"",
        label: "条件，如 applicant.level == \"postgraduate\"")

    static let acceptance = ObjectShape(
        title: "an acceptance condition", label: "受理条件",
        fields: [
            Field("id", .identifier, required: true, "unique within the service"),
            Field("text", .text, required: true, "the condition in words"),
            Field("requires", condition, required: true, "must hold for the case to be accepted"),
            Field("refusal", .identifier, required: true, "code of the refusal given when it fails"),
        ])

    static let refusal = ObjectShape(
        title: "a refusal reason", label: "不予受理理由",
        fields: [
            Field("code", .identifier, required: true, "unique within the service"),
            Field("text", .text, required: true, "the reason told to the applicant"),
            Field("basis", .text, "the rule behind it"),
        ])

    static let approvalLevel = ObjectShape(
        title: "an approval level", label: "审批层级",
        fields: [
            Field("role", .identifier, required: true, "who approves"),
            Field("below", .number(minimum: 0), "approves adjustments below this amount (yuan)"),
        ])

    static let fee = ObjectShape(
        title: "a fee", label: "收费项目",
        fields: [
            Field("name", .text, required: true, "what the fee is"),
            Field("amount", .number(minimum: 0), required: true, "yuan"),
            Field("basis", .text, "the charging standard; required when amount is above zero"),
            Field("when", condition, "when the fee applies"),
            Field("adjustment_approval", .list(.object(approvalLevel)), "who may approve adjustments"),
        ])

    static let materialUse = ObjectShape(
        title: "a material requirement", label: "材料要求",
        fields: [
            Field("material", .identifier, required: true, "id from materials.yaml"),
            Field("originals", .integer(minimum: 0), "originals to show (default 1)"),
            Field("copies", .integer(minimum: 0), "copies to hand in (default 0)"),
            Field("necessity", .choice(Service.Necessity.allCases.map(\.rawValue)), "default required"),
            Field("later_deadline", CatalogShapes.timeLimit, "deadline when necessity is later"),
            Field("when", condition, "when the material applies"),
            Field("note", .text, "what to tell the applicant"),
        ])

    static let step = ObjectShape(
        title: "a step", label: "环节",
        fields: [
            Field("id", .identifier, required: true, "unique within the service"),
            Field("name", .text, required: true, "the step's name"),
            Field("role", .identifier, required: true, "role id from hall.yaml"),
            Field("department", .identifier, "the department doing it, if not the service's"),
            Field("applicant_present", .boolean, required: true, "whether the applicant must be there"),
            Field("separate_from", .identifiers, "steps whose performer may not do this one"),
            Field("when", condition, "when the step applies"),
            Field("description", .text, "what happens"),
        ])

    static let target = ObjectShape(
        title: "a redirect target", label: "转办去向",
        fields: [
            Field("service", .identifier, "a service id"),
            Field("window", .integer(minimum: 1), "a window number"),
            Field("department", .identifier, "a department id"),
        ],
        exactlyOneOf: ["service", "window", "department"])

    static let redirect = ObjectShape(
        title: "a redirect", label: "转办",
        fields: [
            Field("when", condition, "when the matter goes elsewhere"),
            Field("reason", .text, required: true, "what to tell the applicant"),
            Field("to", .object(target), required: true, "where it goes"),
        ])

    static let greenChannel = ObjectShape(
        title: "a green channel", label: "绿色通道",
        fields: [
            Field("eligible", .boolean, required: true, "whether urgent cases may skip the queue"),
            Field("criteria", .text, "which cases qualify"),
        ])

    static let online = ObjectShape(
        title: "an online channel", label: "网上办理渠道",
        fields: [
            Field("channel", .identifier, required: true, "channel id from hall.yaml"),
            Field("note", .text, "how to use it"),
        ])

    static let service = ObjectShape(
        title: "a service", label: "事项",
        fields: [
            Field("id", .identifier, required: true, "unique id"),
            Field("name", .text, required: true, "the service's name"),
            Field("aliases", .texts, "other names"),
            Field("keywords", .texts, "words students use"),
            Field("name_en", .text, "the name in English, for international students"),
            Field("keywords_en", .texts, "English words students use"),
            Field("kind", .choice(kinds), required: true, "what sort of service"),
            Field("department", .identifier, "responsible department, if not the window's first"),
            Field("basis", CatalogShapes.basis, required: true, "依据"),
            Field("acceptance", .list(.object(acceptance)), "conditions for acceptance"),
            Field("refusals", .list(.object(refusal)), "reasons for refusal"),
            Field("time_limit", CatalogShapes.timeLimit, required: true, "promised limit"),
            Field("statutory_limit", CatalogShapes.timeLimit, "statutory limit"),
            Field(
                "on_correction", .choice(Service.OnCorrection.allCases.map(\.rawValue)), "clock while waiting for 补正"),
            Field("fees", .list(.object(fee)), "fees"),
            Field("materials", .list(.object(materialUse)), "materials required"),
            Field("steps", .list(.object(step), nonEmpty: true), required: true, "the procedure"),
            Field("redirects", .list(.object(redirect)), "where out-of-scope matters go"),
            Field("green_channel", .object(greenChannel), "urgent cases"),
            Field("online", .object(online), "online channel"),
        ])
}
