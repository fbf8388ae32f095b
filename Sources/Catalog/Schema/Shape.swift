/// The expected form of a YAML value. One description drives strict decoding
/// (`ShapeChecker`) and the JSON Schema (`JSONSchemaWriter`), so the two never disagree.
indirect enum Shape: Sendable {
    /// Any scalar text; `pattern` is a regular expression it must match in full.
    case string(pattern: String? = nil, hint: String? = nil)
    case integer(minimum: Int? = nil)
    case number(minimum: Double? = nil)
    case boolean
    /// One of the listed words.
    case choice([String])
    case list(Shape, nonEmpty: Bool = false)
    case object(ObjectShape)
    /// A mapping from free keys (matching `keyPattern`) to values of one shape.
    case dictionary(keyPattern: String?, values: Shape)
}

struct Field: Sendable {
    var name: String
    var shape: Shape
    var required: Bool
    var summary: String

    init(_ name: String, _ shape: Shape, required: Bool = false, _ summary: String) {
        self.name = name
        self.shape = shape
        self.required = required
        self.summary = summary
    }
}

struct ObjectShape: Sendable {
    var title: String
    var fields: [Field]
    /// Exactly one key of this group must be present (a time limit's unit).
    var exactlyOneOf: [String] = []

    func field(named name: String) -> Field? {
        fields.first { $0.name == name }
    }
}

extension Shape {
    static let identifier = Shape.string(
        pattern: "[a-z][a-z0-9_-]*", hint: "lowercase letters, digits, '-' and '_', starting with a letter")
    static let factIdentifier = Shape.string(
        pattern: "[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*", hint: "dotted lowercase names such as applicant.level")
    static let datePattern = "[0-9]{4}-[0-9]{2}-[0-9]{2}"
    static let date = Shape.string(pattern: datePattern, hint: "a date written YYYY-MM-DD")
    static let timeRange = Shape.string(pattern: HallShapes.timeSpanPattern, hint: "a span written HH:MM-HH:MM")
    static let text = Shape.string()
    static let texts = Shape.list(.string())
    static let identifiers = Shape.list(.identifier)
}
