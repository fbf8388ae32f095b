import Catalog

/// An optional member as a synthesized `Encodable` writes it (`encodeIfPresent`): left out when nil.
extension JSONPrettyWriter {
    mutating func member(_ key: String, ifPresent text: String?) {
        guard let text else { return }
        self.key(key)
        string(text)
    }
}
