extension ValidationRule {
    /// Every rule, in the order they are documented; ids are unique (a test checks).
    public static let all: [ValidationRule] =
        decoding + references + uniqueness + conditions + services + structure + time + calendar + staff + patterns
        + notes + thesaurus

    public static func rule(_ id: String) -> ValidationRule? { all.first { $0.id == id } }
}
