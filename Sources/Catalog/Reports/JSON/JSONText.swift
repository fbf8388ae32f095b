/// JSON written as JSONEncoder writes it with `.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes`: two-space indents, `"key" : value`, keys in code-point order,
/// empty containers as an opening and a closing line with an empty line between.
enum JSONText {
    static func pretty(_ node: JSONNode) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4096)
        write(node, indent: 0, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func write(_ node: JSONNode, indent: Int, into bytes: inout [UInt8]) {
        switch node.value {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .literal(let text): bytes.append(contentsOf: text.utf8)
        case .string(let text): writeString(text, into: &bytes)
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            bytes.append(UInt8(ascii: "\n"))
            for (position, element) in elements.enumerated() {
                if position > 0 { bytes.append(contentsOf: ",\n".utf8) }
                pad(indent + 2, &bytes)
                write(element, indent: indent + 2, into: &bytes)
            }
            close(UInt8(ascii: "]"), indent, &bytes)
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            bytes.append(UInt8(ascii: "\n"))
            for (position, member) in sortedMembers(members).enumerated() {
                if position > 0 { bytes.append(contentsOf: ",\n".utf8) }
                pad(indent + 2, &bytes)
                writeString(member.key, into: &bytes)
                bytes.append(contentsOf: " : ".utf8)
                write(member.node, indent: indent + 2, into: &bytes)
            }
            close(UInt8(ascii: "}"), indent, &bytes)
        }
    }

    /// Members in code-point order of their keys, the last of a key encoded twice.
    private static func sortedMembers(_ members: [(key: String, node: JSONNode)]) -> [(key: String, node: JSONNode)] {
        let order = members.indices.sorted { left, right in
            let (a, b) = (members[left].key, members[right].key)
            return a == b ? left < right : a.utf8.lexicographicallyPrecedes(b.utf8)
        }
        var sorted: [(key: String, node: JSONNode)] = []
        sorted.reserveCapacity(members.count)
        for (position, index) in order.enumerated() {
            if position + 1 < order.count, members[order[position + 1]].key == members[index].key { continue }
            sorted.append(members[index])
        }
        return sorted
    }

    private static func close(_ bracket: UInt8, _ indent: Int, _ bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\n"))
        pad(indent, &bytes)
        bytes.append(bracket)
    }

    private static func pad(_ indent: Int, _ bytes: inout [UInt8]) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Quotes, backslashes and control characters escaped; everything else, `/` and non-ASCII
    /// included, as it is.
    static func writeString(_ text: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        // Scanned and copied from the string's own contiguous bytes: a notice writes hundreds
        // of strings, nearly all with nothing to escape.
        var text = text
        let plain = text.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                return false
            }
            bytes.append(contentsOf: utf8)
            return true
        }
        if plain {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
            case 0x0A: bytes.append(contentsOf: "\\n".utf8)
            case 0x0D: bytes.append(contentsOf: "\\r".utf8)
            case 0x09: bytes.append(contentsOf: "\\t".utf8)
            case 0x08: bytes.append(contentsOf: "\\b".utf8)
            case 0x0C: bytes.append(contentsOf: "\\f".utf8)
            case 0..<0x20:
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
