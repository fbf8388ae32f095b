/// Where each character of a scalar's value was written. A quoted scalar drops its quotes and
/// escapes (`\"`, `''`) and a block or multi-line scalar folds its lines, so the n-th character
/// of the value is not n columns after the node's start; a condition's error must still point
/// at the very character the administrator typed.
enum ScalarSourceMap {
    /// One location per Unicode scalar of `value` (of its first `limit` scalars when given), or
    /// `nil` when the text cannot be matched to the source (then callers fall back to counting
    /// columns from the node's start).
    static func positions(
        of value: String, style: YAMLNode.Style, at start: SourceLocation, in source: SourceText, limit: Int = .max
    ) -> [SourceLocation]? {
        guard var index = source.index(line: start.line, column: start.column) else { return nil }
        switch style {
        case .plain: break
        case .singleQuoted, .doubleQuoted:
            // Skip any tag before the opening quote, then the quote itself.
            let quote: Unicode.Scalar = style == .singleQuoted ? "'" : "\""
            while let scalar = source[index], scalar != quote { index += 1 }
            index += 1
        case .literal, .folded:
            // The body starts on the line after the `|` or `>` header (which may carry a comment).
            while let scalar = source[index], scalar != "\n", scalar != "\r" { index += 1 }
            index += source[index] == "\r" && source[index + 1] == "\n" ? 2 : 1
        }
        var positions: [SourceLocation] = []
        for wanted in value.unicodeScalars.prefix(limit) {
            guard let found = match(wanted, from: &index, style: style, in: source) else { return nil }
            positions.append(source.location(of: found))
        }
        return positions
    }

    /// Advances past layout (indentation, folded line breaks, escaped breaks) to the source
    /// character that produces `wanted`, returning its index.
    private static func match(
        _ wanted: Unicode.Scalar, from index: inout Int, style: YAMLNode.Style, in source: SourceText
    ) -> Int? {
        while let scalar = source[index] {
            let here = index
            if style == .doubleQuoted, scalar == "\\" {
                guard let next = source[index + 1] else { return nil }
                if next == "\n" || next == "\r" {
                    index += 2  // an escaped line break produces nothing
                    continue
                }
                guard let (produced, length) = escape(at: index, in: source), produced == wanted else { return nil }
                index += length
                return here
            }
            if style == .singleQuoted, scalar == "'", source[index + 1] == "'", wanted == "'" {
                index += 2
                return here
            }
            if scalar == "\r", wanted == "\n" {
                // libyaml gives every line break of a value as LF, whatever the file used.
                index += source[index + 1] == "\n" ? 2 : 1
                return here
            }
            index += 1
            if scalar == wanted { return here }
            // Anything else that is not layout means the value and the text disagree.
            guard scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" else { return nil }
        }
        return nil
    }

    private static let simpleEscapes: [Unicode.Scalar: Unicode.Scalar] = [
        "0": "\0", "a": "\u{7}", "b": "\u{8}", "t": "\t", "\t": "\t", "n": "\n", "v": "\u{B}", "f": "\u{C}",
        "r": "\r", "e": "\u{1B}", " ": " ", "\"": "\"", "/": "/", "\\": "\\", "N": "\u{85}", "_": "\u{A0}",
        "L": "\u{2028}", "P": "\u{2029}",
    ]

    /// The character a double-quoted escape produces and how many source characters it spans.
    private static func escape(at index: Int, in source: SourceText) -> (Unicode.Scalar, Int)? {
        guard let letter = source[index + 1] else { return nil }
        if let simple = simpleEscapes[letter] { return (simple, 2) }
        let digits: Int
        switch letter {
        case "x": digits = 2
        case "u": digits = 4
        case "U": digits = 8
        default: return nil
        }
        var hex = ""
        for offset in 0..<digits {
            guard let digit = source[index + 2 + offset] else { return nil }
            hex.unicodeScalars.append(digit)
        }
        guard let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else { return nil }
        return (scalar, 2 + digits)
    }
}
