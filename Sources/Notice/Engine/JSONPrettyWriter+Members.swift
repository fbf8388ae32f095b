import Catalog

/// A part of a hand-written JSON output (a route, a notice) that writes itself as one value.
protocol JSONWritable {
    func write(into writer: inout JSONPrettyWriter)
}

extension JSONPrettyWriter {
    /// An optional member as a synthesized `Encodable` writes it (`encodeIfPresent`): left out when nil.
    mutating func member(_ key: StaticString, ifPresent text: String?) {
        guard let text else { return }
        self.key(literal: key)
        string(text)
    }

    /// The same for a part that writes itself.
    mutating func member(_ key: StaticString, ifPresent part: (some JSONWritable)?) {
        guard let part else { return }
        self.key(literal: key)
        part.write(into: &self)
    }

    /// A part, or null when there is none (what `encode` of an optional writes).
    mutating func value(_ part: (some JSONWritable)?) {
        guard let part else { return null() }
        part.write(into: &self)
    }

    /// An array of parts.
    mutating func array(_ parts: [some JSONWritable]) {
        beginArray()
        for part in parts { part.write(into: &self) }
        endArray()
    }
}
