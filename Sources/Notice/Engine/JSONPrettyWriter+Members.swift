import Catalog

/// An optional member as a synthesized `Encodable` writes it (`encodeIfPresent`): left out when nil.
extension JSONPrettyWriter {
    mutating func member(_ key: StaticString, ifPresent text: String?) {
        guard let text else { return }
        self.key(literal: key)
        string(text)
    }
}
