import Foundation
import Synchronization

/// An `Encoder` that builds a `JSONNode` tree, for JSON as `JSONOutput` writes it without
/// Foundation's JSONEncoder, which spent most of a notice's time boxing every value.
/// Types it does not know how to write as JSONEncoder would (dates, data) make it throw
/// `Unsupported`, and `JSONOutput` then falls back to JSONEncoder.
struct JSONTreeEncoder: Encoder {
    struct Unsupported: Error {}

    let node: JSONNode
    let codingPath: [any CodingKey]
    let snakeCase: Bool
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static func tree(of value: some Encodable, snakeCase: Bool) throws -> JSONNode {
        let root = JSONNode()
        try encode(value, into: root, path: [], snakeCase: snakeCase)
        return root
    }

    static func encode<Value: Encodable>(
        _ value: Value, into node: JSONNode, path: [any CodingKey], snakeCase: Bool
    ) throws {
        // The commonest values first, told apart by their type alone: a cast per value was a
        // good part of a notice's encoding.
        if Value.self == String.self, let text = value as? String {
            node.value = .string(text)
            return
        }
        if Value.self == Int.self, let number = value as? Int {
            node.value = JSONScalar.integer(number)
            return
        }
        if Value.self == Bool.self, let flag = value as? Bool {
            node.value = .literal(flag ? "true" : "false")
            return
        }
        switch value {
        case is Date, is Data: throw Unsupported()
        case let url as URL: node.value = .string(url.absoluteString)
        case let decimal as Decimal: node.value = .literal(decimal.description)
        case let dictionary as any StringKeyedEncodable:
            // JSONEncoder leaves a [String: …] dictionary's keys as they are, whatever the strategy.
            node.makeObject()
            try dictionary.encodeEntries { key, entry in
                let child = JSONNode()
                try encode(entry, into: child, path: path, snakeCase: snakeCase)
                node.set(child, forKey: key)
            }
        default:
            try value.encode(to: JSONTreeEncoder(node: node, codingPath: path, snakeCase: snakeCase))
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.makeObject()
        return KeyedEncodingContainer(KeyedJSONContainer<Key>(node: node, codingPath: codingPath, snakeCase: snakeCase))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.makeArray()
        return UnkeyedJSONContainer(node: node, codingPath: codingPath, snakeCase: snakeCase)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleJSONContainer(node: node, codingPath: codingPath, snakeCase: snakeCase)
    }
}

/// A [String: Encodable] dictionary, whose keys JSONEncoder writes unconverted.
protocol StringKeyedEncodable {
    func encodeEntries(_ body: (String, any Encodable) throws -> Void) rethrows
}

extension Dictionary: StringKeyedEncodable where Key == String, Value: Encodable {
    func encodeEntries(_ body: (String, any Encodable) throws -> Void) rethrows {
        for (key, value) in self { try body(key, value) }
    }
}

/// Scalars as JSONEncoder writes them: a Double's shortest form without a trailing ".0".
enum JSONScalar {
    static func number(_ value: some BinaryFloatingPoint & CustomStringConvertible) throws -> JSONNode.Value {
        guard value.isFinite else { throw JSONTreeEncoder.Unsupported() }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .literal(text)
    }

    static func integer(_ value: some BinaryInteger) -> JSONNode.Value { .literal(String(value)) }
}

/// Keys converted as JSONEncoder's `.convertToSnakeCase` converts them: ASCII keys by the same
/// algorithm (words start at an upper-case letter; a run of capitals is one word, its last
/// capital starting the next word when a lower-case letter follows), others by asking
/// JSONEncoder once and remembering.
enum SnakeCaseKeys {
    private static let known = Mutex<[String: String]>([:])
    /// Keys come from coding keys, a bounded set; the bound only guards against a type that
    /// makes its keys up.
    private static let maximumRemembered = 4096

    static func converted(_ key: String) -> String {
        guard key.utf8.contains(where: { isUpper($0) || $0 >= 0x80 }) else { return key }
        // Remembered: converting every key of every notice was a tenth of its encoding.
        if let hit = known.withLock({ $0[key] }) { return hit }
        guard key.utf8.allSatisfy({ $0 < 0x80 }) else { return askingJSONEncoder(key) }
        let converted = convertASCII(Array(key.utf8))
        remember(key, converted)
        return converted
    }

    private static func remember(_ key: String, _ converted: String) {
        known.withLock { if $0.count < maximumRemembered { $0[key] = converted } }
    }

    private static func isUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
    private static func isLower(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }

    private static func convertASCII(_ key: [UInt8]) -> String {
        var words: [Range<Int>] = []
        var wordStart = 0
        var searchStart = 1
        let end = key.count
        while let upper = key[min(searchStart, end)..<end].firstIndex(where: isUpper) {
            words.append(wordStart..<upper)
            guard let lower = key[upper..<end].firstIndex(where: isLower) else {
                wordStart = upper
                searchStart = end
                break
            }
            if lower == upper + 1 {
                wordStart = upper
            } else {
                words.append(upper..<(lower - 1))
                wordStart = lower - 1
            }
            searchStart = lower + 1
        }
        words.append(wordStart..<end)
        return words.map { range in
            String(decoding: key[range].map { isUpper($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        }.joined(separator: "_")
    }

    private static func askingJSONEncoder(_ key: String) -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let converted =
            (try? encoder.encode(OneKey(name: key)))
            .flatMap { try? JSONDecoder().decode([String: Int].self, from: $0) }?.keys.first ?? key
        remember(key, converted)
        return converted
    }

    private struct OneKey: Encodable {
        let name: String
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: JSONKey.self)
            try container.encode(0, forKey: JSONKey(stringValue: name))
        }
    }
}

struct JSONKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}
