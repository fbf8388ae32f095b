/// Shapes of materials.yaml.
enum MaterialShapes {
    static let defect = ObjectShape(
        title: "a defect", label: "材料问题",
        fields: [
            Field("code", .identifier, required: true, "unique within the material"),
            Field("text", .text, required: true, "what is wrong"),
            Field("fix", .text, required: true, "how to correct it"),
            Field("on_the_spot", .boolean, required: true, "whether it can be corrected at the window"),
        ])

    static let validity = ObjectShape(
        title: "a validity", label: "有效期",
        fields: [
            Field("text", .text, required: true, "the rule in words"),
            Field("issued_within_days", .integer(minimum: 1), "must be issued within N days"),
            Field("unexpired", .boolean, "must not be expired"),
        ])

    static let material = ObjectShape(
        title: "a material", label: "材料",
        fields: [
            Field("id", .identifier, required: true, "unique id"),
            Field("name", .text, required: true, "the material's name"),
            Field("form", .choice(["paper", "electronic", "either"]), required: true, "paper, electronic or either"),
            Field("source", .choice(["applicant", "department"]), required: true, "who provides it"),
            Field("issued_by", .identifier, "the issuing department, when source is department"),
            Field("validity", .object(validity), "how long it stays valid"),
            Field("defects", .list(.object(defect)), "common defects"),
            Field("note", .text, "anything else staff should say"),
        ])
}
