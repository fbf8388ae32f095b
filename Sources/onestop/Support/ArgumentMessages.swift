import Foundation

/// Puts swift-argument-parser's message for a value it could not parse into Chinese; the line
/// "Help: --day <day> 日期，YYYY-MM-DD…" that follows it already says what is expected.
enum ArgumentMessages {
    static func localized(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { localizedLine(String($0)) }
            .joined(separator: "\n")
    }

    private static func localizedLine(_ line: String) -> String {
        let pattern = #"^Error: The value '(.*)' is invalid for '([^' ]+)[^']*'(.*)$"#
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
            let value = Range(match.range(at: 1), in: line), let name = Range(match.range(at: 2), in: line),
            let rest = Range(match.range(at: 3), in: line)
        else {
            if line.hasPrefix(missingValue), line.hasSuffix("'") {
                return "错误：\(line.dropFirst(missingValue.count).dropLast()) 缺少值"
            }
            if line.hasPrefix("Help:  ") { return "说明：" + line.dropFirst("Help:  ".count) }
            if line.hasPrefix("Usage: ") { return "用法：" + line.dropFirst("Usage: ".count) }
            return line
        }
        return "错误：“\(line[value])”不是 \(line[name]) 的有效值" + choices(String(line[rest]))
    }

    /// "--unmask" written without its reason, for one.
    private static let missingValue = "Error: Missing value for '"

    /// ". Please provide one of 'text' and 'json'." lists the allowed values.
    private static func choices(_ rest: String) -> String {
        guard rest.hasPrefix(". Please provide one of") else { return rest.isEmpty ? "" : "：" + rest.dropFirst(2) }
        let values = rest.split(separator: "'").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        return "；可选值：" + values.joined(separator: "、")
    }
}
