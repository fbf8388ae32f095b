extension Shape {
    /// The same shape in storage of its own. Files are checked on several threads at once, and
    /// retaining one shared shape tree from both cores at once cost CPU time (its counts passed
    /// between the cores): each thread checks against its own copy. (The texts stay shared: most are literals, never counted.)
    func unshared() -> Shape {
        switch self {
        case .string, .integer, .number, .boolean: self
        case .choice(let words): .choice(words.map { $0 })
        case .list(let element, let nonEmpty): .list(element.unshared(), nonEmpty: nonEmpty)
        case .object(let object): .object(object.unshared())
        case .dictionary(let keyPattern, let values): .dictionary(keyPattern: keyPattern, values: values.unshared())
        }
    }
}

extension ObjectShape {
    func unshared() -> ObjectShape {
        ObjectShape(
            title: title, label: label,
            fields: fields.map { Field($0.name, $0.shape.unshared(), required: $0.required, $0.summary) },
            exactlyOneOf: exactlyOneOf.map { $0 })
    }
}
