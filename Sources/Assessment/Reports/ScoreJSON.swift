import Foundation

/// Reads back a result written by `rendered(as: .json)`. The snake_case keys become the Swift
/// names again, but the keys of the id-to-name maps (`outcome_names`: `red_flag` → 红旗窗口)
/// are data and stay as written, or a published ranking would lose its titles.
public enum ScoreJSON {
    static let dataMaps: Set<String> = ["outcomeNames", "gradeNames", "periods"]

    public static func decode<T: Decodable>(_ type: T.Type, from json: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .custom { path in
            let key = path[path.count - 1]
            if path.count > 1, dataMaps.contains(path[path.count - 2].stringValue) { return key }
            return Key(camelCase(key.stringValue))
        }
        return try decoder.decode(type, from: Data(json.utf8))
    }

    static func camelCase(_ key: String) -> String {
        let parts = key.split(separator: "_")
        guard let first = parts.first else { return key }
        return String(first) + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
