/// The expected form of a YAML value. One description drives strict decoding
/// (`ShapeChecker`) and the JSON Schema (`JSONSchemaWriter`), so the two never disagree.
package indirect enum Shape: Sendable {
    /// Any scalar text; `pattern` is a regular expression it must match in full. `hint` describes
    /// the form for the JSON Schema, `label` for diagnostics (in Chinese, like every user message).
    case string(pattern: String? = nil, hint: String? = nil, label: String? = nil)
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

package struct Field: Sendable {
    package var name: String
    package var shape: Shape
    package var required: Bool
    package var summary: String

    package init(_ name: String, _ shape: Shape, required: Bool = false, _ summary: String) {
        self.name = name
        self.shape = shape
        self.required = required
        self.summary = summary
    }
}

package struct ObjectShape: Sendable {
    /// The object's name in the JSON Schema (English, for developers).
    package var title: String
    /// Its name in diagnostics, in Chinese: `事项`, `词表`.
    package var label: String
    package var fields: [Field]
    /// Exactly one key of this group must be present (a time limit's unit).
    package var exactlyOneOf: [String] = []

    package init(title: String, label: String, fields: [Field], exactlyOneOf: [String] = []) {
        self.title = title
        self.label = label
        self.fields = fields
        self.exactlyOneOf = exactlyOneOf
    }

    package func field(named name: String) -> Field? {
        fields.first { $0.name == name }
    }
}

extension Shape {
    package static let identifier = Shape.string(
        pattern: "[a-z][a-z0-9_-]*", hint: "lowercase letters, digits, '-' and '_', starting with a letter",
        label: "以小写字母开头，只含小写字母、数字、“-”和“_”")
    package static let factIdentifier = Shape.string(
        pattern: "[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*", hint: "dotted lowercase names such as applicant.level",
        label: "用点号连接的小写名称，如 applicant.level")
    package static let datePattern = "[0-9]{4}-[0-9]{2}-[0-9]{2}"
    package static let date = Shape.string(
        pattern: datePattern, hint: "a date written YYYY-MM-DD", label: "写成 YYYY-MM-DD 的日期")
    package static let timeRange = Shape.string(
        pattern: HallShapes.timeSpanPattern, hint: "a span written HH:MM-HH:MM", label: "写成 HH:MM-HH:MM 的时段")
    package static let text = Shape.string()
    package static let texts = Shape.list(.string())
    package static let identifiers = Shape.list(.identifier)
}
