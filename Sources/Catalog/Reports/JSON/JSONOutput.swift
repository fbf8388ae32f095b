import Foundation

/// Deterministic JSON for every `--format json` output.
public enum JSONOutput {
    /// `snakeCase` turns Swift's camelCase property names into the snake_case keys of the
    /// contracts. The bytes are JSONEncoder's (`.prettyPrinted, .sortedKeys,
    /// .withoutEscapingSlashes`), written by `JSONTreeEncoder`, or by JSONEncoder itself for a
    /// value holding dates or data.
    public static func encode(_ value: some Encodable, snakeCase: Bool = false) -> String {
        if let tree = try? JSONTreeEncoder.tree(of: value, snakeCase: snakeCase) {
            return JSONText.pretty(tree) + "\n"
        }
        return foundationEncode(value, snakeCase: snakeCase)
    }

    /// JSONEncoder's own output: the fallback, and what tests hold `encode` to.
    public static func foundationEncode(_ value: some Encodable, snakeCase: Bool = false) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if snakeCase { encoder.keyEncodingStrategy = .convertToSnakeCase }
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
