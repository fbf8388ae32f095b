import Foundation

/// Puts swift-argument-parser's own messages (a value it could not parse, an unknown option, a
/// missing argument, the usage lines) into Chinese, so a clerk who mistypes an option reads what
/// is wrong in the hall's language. The "说明：--day <day> 日期，YYYY-MM-DD…" line that follows
/// says what is expected; a message the parser does not know is kept, with its prefix in Chinese.
enum ArgumentMessages {
    static func localized(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { localizedLine(String($0)) }
            .joined(separator: "\n")
    }

    private static func localizedLine(_ line: String) -> String {
        if line.hasPrefix("Help:  ") { return "说明：" + line.dropFirst("Help:  ".count) }
        if line.hasPrefix("Usage: ") { return "用法：" + line.dropFirst("Usage: ".count) }
        if let command = captures(#"^  See '(.*)' for more information\.$"#, in: line)?.first {
            return "  详见 \(command)"
        }
        if line.hasPrefix("       or: ") { return "       或：" + localizedError(String(line.dropFirst(11))) }
        guard line.hasPrefix("Error: ") else { return line }
        return "错误：" + localizedError(String(line.dropFirst("Error: ".count)))
    }

    /// One error of the parser, without its "Error: " prefix.
    private static func localizedError(_ text: String) -> String {
        for (pattern, render) in errors {
            if let parts = captures(pattern, in: text) { return render(parts) }
        }
        return text
    }

    /// The parser's messages (swift-argument-parser's ErrorMessageGenerator), each as a pattern
    /// and its Chinese; the captures are the names and values the message quotes.
    private static let errors: [(String, @Sendable ([String]) -> String)] = [
        (
            #"^The value '(.*)' is invalid for '([^' ]+)[^']*'(.*)$"#,
            { "“\($0[0])”不是 \($0[1]) 的有效值" + choices($0[2]) }
        ),
        (#"^The value '(.*)' is invalid\.?(.*)$"#, { "“\($0[0])”不是有效值" + choices($0[1]) }),
        (#"^Missing value for '(.*)'(.*)$"#, { "\($0[0]) 缺少值\($0[1])" }),
        (#"^Missing expected argument '(.*)'$"#, { "缺少参数 \($0[0])" }),
        (#"^Missing one of: (.*)$"#, { "缺少以下之一：" + quoted($0[0]) }),
        (
            #"^Unknown option '(.*)'\. Did you mean '(.*)'\?$"#,
            { "没有选项 \($0[0])（您是不是要写 \($0[1])？）" }
        ),
        (#"^Unknown option '(.*)'$"#, { "没有选项 \($0[0])；可用的选项见 --help" }),
        (#"^Unexpected argument '(.*)'$"#, { "多余的参数“\($0[0])”；命令、子命令和参数见 --help" }),
        (#"^([0-9]+) unexpected arguments: (.*)$"#, { "\($0[0]) 个多余的参数：" + quoted($0[1]) }),
        (
            #"^The option '(.*)' does not take any value, but '(.*)' was specified\.$"#,
            { "选项 \($0[0]) 不带值，却写了“\($0[1])”" }
        ),
        (#"^Invalid option: (.*)$"#, { "无效的选项 \($0[0])" }),
        (#"^Missing required subcommand\.$"#, { _ in "缺少子命令；可用的子命令见 --help" }),
        (
            #"^Value to be set with (.*) had already been set with (.*)$"#,
            { "\($0[0]) 与 \($0[1]) 只能写一个" }
        ),
    ]

    /// ". Please provide one of 'text' and 'json'." lists the allowed values.
    private static func choices(_ rest: String) -> String {
        guard rest.hasPrefix(". Please provide one of") else { return rest.isEmpty ? "" : "：" + rest.dropFirst(2) }
        let values = rest.split(separator: "'").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        return "；可选值：" + values.joined(separator: "、")
    }

    /// `'a', 'b'` as “a”、“b”.
    private static func quoted(_ list: String) -> String {
        list.split(separator: "'", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map {
            "“\($0.element)”"
        }
        .joined(separator: "、")
    }

    /// The capture groups of `pattern` in `text`, nil when it does not match.
    static func captures(_ pattern: String, in text: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        return (1..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
    }
}
