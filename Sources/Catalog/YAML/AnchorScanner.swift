/// Finds anchors (`&name`) and aliases (`*name`) in the text of a file, before libyaml reads it,
/// so each is reported where it is written and a bomb never reaches the composer. (In a file that
/// is not valid YAML it may find one where libyaml would stop at a syntax error first; either is
/// an error to mend.) The tree would not say where an alias was written anyway, and an anchor
/// nobody uses leaves no trace in it; the text does. An `&` or `*` counts only where a node may
/// begin: not inside quotes, comments, block-scalar bodies or plain text (`Tom & Jerry`, `5 * 3`,
/// a continued line `*注意`).
struct AnchorScanner {
    struct Property: Equatable {
        enum Kind { case anchor, alias }
        var kind: Kind
        var name: String
        var location: SourceLocation
    }

    private enum State: Equatable {
        case nodeStart, plain, afterNode
        case quoted(Unicode.Scalar)
    }

    private let source: SourceText
    private var found: [Property] = []
    private var flowDepth = 0
    /// An open quoted scalar carried to the next line.
    private var openQuote: Unicode.Scalar?
    /// Inside a block scalar's body: lines indented deeper than this belong to it.
    private var blockParent: Int?
    /// The previous line ended inside a plain scalar whose owner is indented this far.
    private var plainParent: Int?

    static func scan(_ source: SourceText) -> [Property] {
        var scanner = AnchorScanner(source: source)
        for number in 1...source.lineStarts.count { scanner.scanLine(number) }
        return scanner.found
    }

    private init(source: SourceText) { self.source = source }

    private static func isBlank(_ scalar: Unicode.Scalar?) -> Bool { scalar == nil || scalar == " " || scalar == "\t" }

    private static let flowIndicators: Set<Unicode.Scalar> = [",", "[", "]", "{", "}"]

    private mutating func scanLine(_ number: Int) {
        let chars = Array(source.line(number))
        let indent = chars.prefix { $0 == " " }.count
        guard let first = chars.first(where: { !Self.isBlank($0) }) else { return }  // blank lines change nothing
        if let parent = blockParent {
            if indent > parent { return }
            blockParent = nil
        }
        var state = State.nodeStart
        if let quote = openQuote {
            state = .quoted(quote)
        } else if first == "#" {
            plainParent = nil  // a comment line ends a multi-line plain scalar
            return
        } else if let parent = plainParent, flowDepth > 0 || indent > parent {
            state = .plain  // a continuation line of the previous line's plain scalar
        }
        plainParent = nil
        // Who owns what starts on this line: block-scalar bodies and continued plain lines must be
        // indented deeper than the key (or the `-`) that introduced them.
        var parent = indent
        var plainStart = indent
        var index = 0
        if indent == 0, chars.count >= 3, chars[0] == "-" || chars[0] == ".", chars[1] == chars[0],
            chars[2] == chars[0], Self.isBlank(chars.count > 3 ? chars[3] : nil)
        {
            index = 3  // a document marker, `---` or `...`
        }
        while index < chars.count {
            let char = chars[index]
            let next: Unicode.Scalar? = index + 1 < chars.count ? chars[index + 1] : nil
            switch state {
            case .quoted(let quote):
                if quote == "\"", char == "\\" {
                    index += 2
                } else if char == quote, quote == "'", next == "'" {
                    index += 2
                } else {
                    if char == quote { state = .afterNode }
                    index += 1
                }
            case .nodeStart:
                if Self.isBlank(char) {
                    index += 1
                } else if char == "#" {
                    index = chars.count
                } else if char == "-" || char == "?" || char == ":", Self.isBlank(next) {
                    if char == "-" { parent = index }
                    index += 1
                } else if char == "&" || char == "*" {
                    index = property(char, chars, from: index, line: number)
                    state = char == "&" ? .nodeStart : .afterNode
                } else if char == "!" {
                    while index < chars.count, !Self.isBlank(chars[index]) { index += 1 }
                } else if char == "|" || char == ">", flowDepth == 0 {
                    blockParent = parent
                    index = chars.count
                } else if char == "[" || char == "{" {
                    flowDepth += 1
                    index += 1
                } else if char == "]" || char == "}" || char == ",", flowDepth > 0 {
                    if char != "," { flowDepth -= 1 }
                    state = char == "," ? .nodeStart : .afterNode
                    index += 1
                } else if char == "\"" || char == "'" {
                    state = .quoted(char)
                    index += 1
                } else {
                    state = .plain
                    plainStart = index
                    index += 1
                }
            case .plain:
                if char == ":", Self.isBlank(next) || (flowDepth > 0 && next.map(Self.flowIndicators.contains) == true)
                {
                    state = .nodeStart  // the plain text was a key
                    parent = plainStart
                    index += 1
                } else if char == "#", index > 0, Self.isBlank(chars[index - 1]) {
                    index = chars.count
                } else if flowDepth > 0, Self.flowIndicators.contains(char) {
                    state = .nodeStart  // read the indicator again as the start of what follows
                } else {
                    index += 1
                }
            case .afterNode:
                if Self.isBlank(char) {
                    index += 1
                } else if char == "#" {
                    index = chars.count
                } else if char == ":" || (flowDepth > 0 && Self.flowIndicators.contains(char)) {
                    state = .nodeStart
                    if char == ":" { index += 1 }
                } else {
                    state = .plain
                    index += 1
                }
            }
        }
        if case .quoted(let quote) = state { openQuote = quote } else { openQuote = nil }
        if state == .plain { plainParent = parent }
    }

    /// Records the anchor or alias starting at `start` and returns the index after its name.
    private mutating func property(
        _ indicator: Unicode.Scalar, _ chars: [Unicode.Scalar], from start: Int, line: Int
    ) -> Int {
        var end = start + 1
        while end < chars.count, !Self.isBlank(chars[end]), !Self.flowIndicators.contains(chars[end]) { end += 1 }
        var name = ""
        name.unicodeScalars.append(contentsOf: chars[(start + 1)..<end])
        found.append(
            Property(
                kind: indicator == "&" ? .anchor : .alias, name: name,
                location: SourceLocation(file: source.file, line: line, column: start + 1)))
        return end
    }
}
