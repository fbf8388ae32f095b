/// A YAML node with its source location, independent of the YAML library.
///
/// Scalars keep their text and whether they were plain (unquoted): only a plain `true` or
/// `false` is a boolean and only a plain numeral is a number, so codes like `NO` stay strings.
struct YAMLNode: Sendable {
    enum Kind: Sendable {
        case scalar(String, plain: Bool)
        case mapping([Pair])
        case sequence([YAMLNode])
    }

    struct Pair: Sendable {
        var key: String
        var keyLocation: SourceLocation
        var value: YAMLNode
    }

    var kind: Kind
    var location: SourceLocation

    /// A plain empty scalar, `~` or `null`: YAML's null.
    var isNull: Bool {
        if case .scalar(let text, plain: true) = kind {
            return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
        }
        return false
    }

    var scalar: String? {
        if case .scalar(let text, _) = kind, !isNull { return text }
        return nil
    }

    var pairs: [Pair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    var items: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    subscript(key: String) -> YAMLNode? {
        pairs?.first { $0.key == key }?.value
    }

    /// A plain `true` or `false`; nothing else is a boolean.
    var bool: Bool? {
        guard case .scalar(let text, plain: true) = kind else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }

    var int: Int? {
        guard case .scalar(let text, plain: true) = kind else { return nil }
        return Int(text)
    }

    /// A plain decimal numeral such as `15` or `12.5`.
    var number: Double? {
        guard case .scalar(let text, plain: true) = kind,
            text.first?.isNumber == true || text.first == "-",
            text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" })
        else { return nil }
        return Double(text)
    }

    /// What the node is, for type-mismatch messages.
    var kindName: String {
        switch kind {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar(let text, _):
            isNull ? "nothing" : "'\(text.count > 40 ? String(text.prefix(40)) + "…" : text)'"
        }
    }
}
