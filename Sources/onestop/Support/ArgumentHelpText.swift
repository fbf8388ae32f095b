import Foundation

/// Puts the headings and fixed phrases of swift-argument-parser's `--help` into Chinese; the
/// abstracts and option help are the commands' own, already Chinese.
enum ArgumentHelpText {
    static func localized(_ help: String) -> String {
        var text = help
        for (english, chinese) in phrases { text = text.replacingOccurrences(of: english, with: chinese) }
        text = replacing(#"  See '(.*) <subcommand>' for detailed help\."#, in: text) { "  子命令的详细说明：\($0[0]) <子命令>" }
        // "(values: text, json; default: text)", possibly wrapped over two lines.
        return replacing(#" ?\((values|default): ([^()]*)\)"#, in: text) { parts in
            let inner = (parts[0] + ": " + parts[1])
                .replacingOccurrences(of: "values: ", with: "可选值：")
                .replacingOccurrences(of: "default: ", with: "默认：")
                .replacingOccurrences(of: ";", with: "；")
            return "（" + inner.replacingOccurrences(of: ", ", with: "、") + "）"
        }
    }

    private static let phrases = [
        ("OVERVIEW: ", "概述："), ("USAGE: ", "用法："), ("ARGUMENTS:\n", "参数：\n"), ("OPTIONS:\n", "选项：\n"),
        ("SUBCOMMANDS:\n", "子命令：\n"), ("Show help information.", "显示帮助。"), ("Show the version.", "显示版本。"),
    ]

    /// `text` with every match of `pattern` replaced by `render` of its captures.
    private static func replacing(_ pattern: String, in text: String, _ render: ([String]) -> String) -> String {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return text }
        var result = text
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            guard let whole = Range(match.range, in: result) else { continue }
            let parts = (1..<match.numberOfRanges).map { index in
                Range(match.range(at: index), in: result).map { String(result[$0]) } ?? ""
            }
            result.replaceSubrange(whole, with: render(parts))
        }
        return result
    }
}
