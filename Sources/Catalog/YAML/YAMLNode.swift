/// A YAML node with its source location, independent of the YAML library.
///
/// Scalars keep their text and how they were written: only a plain `true` or `false` is a
/// boolean and only a plain numeral is a number, so codes like `NO` stay strings; and a quoted
/// or block scalar's characters are not where counting columns from its start would put them.
package struct YAMLNode: Sendable {
    package enum Style: Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    package enum Kind: Sendable {
        case scalar(String, style: Style)
        case mapping([Pair])
        case sequence([YAMLNode])
    }

    package struct Pair: Sendable {
        package var key: String
        package var keyLocation: SourceLocation
        package var value: YAMLNode
    }

    package var kind: Kind
    package var location: SourceLocation
    /// The file's text, kept for scalars so `sourcePositions` can find each character.
    var source: SourceText?

    init(kind: Kind, location: SourceLocation, source: SourceText? = nil) {
        self.kind = kind
        self.location = location
        self.source = source
    }

    package static func null(at location: SourceLocation) -> YAMLNode {
        YAMLNode(kind: .scalar("", style: .plain), location: location)
    }

    /// Whether the scalar was written without quotes or block indicators.
    package var isPlain: Bool {
        if case .scalar(_, .plain) = kind { return true }
        return false
    }

    /// Where each Unicode scalar of this scalar's text (its first `limit`) was written, when that
    /// can be worked out.
    package func sourcePositions(limit: Int = .max) -> [SourceLocation]? {
        guard case .scalar(let text, let style) = kind, let source else { return nil }
        return ScalarSourceMap.positions(of: text, style: style, at: location, in: source, limit: limit)
    }

    /// A scalar of any style, null included.
    var isScalar: Bool {
        if case .scalar = kind { return true }
        return false
    }

    /// A scalar of no characters, however written (a file of only `---` or `""` has nothing).
    var isEmptyScalar: Bool {
        if case .scalar(let text, _) = kind { return text.isEmpty }
        return false
    }

    /// A plain empty scalar, `~` or `null`: YAML's null.
    package var isNull: Bool {
        if case .scalar(let text, .plain) = kind {
            return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
        }
        return false
    }

    package var scalar: String? {
        if case .scalar(let text, _) = kind, !isNull { return text }
        return nil
    }

    package var pairs: [Pair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    package var items: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    package subscript(key: String) -> YAMLNode? {
        pairs?.first { $0.key == key }?.value
    }

    /// A plain `true` or `false`; nothing else is a boolean.
    package var bool: Bool? {
        guard case .scalar(let text, .plain) = kind else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }

    package var int: Int? {
        guard case .scalar(let text, .plain) = kind else { return nil }
        return Int(text)
    }

    /// A plain decimal numeral such as `15` or `12.5`.
    package var number: Double? {
        guard case .scalar(let text, .plain) = kind,
            text.first?.isNumber == true || text.first == "-",
            text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" })
        else { return nil }
        return Double(text)
    }

    /// What the node is, for type-mismatch messages (in Chinese, like every diagnostic).
    package var kindName: String {
        switch kind {
        case .mapping: "键值映射"
        case .sequence: "列表"
        case .scalar(let text, _):
            isNull ? "空值" : QuotedText.quoted(text, limit: 40)
        }
    }
}
