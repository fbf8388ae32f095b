/// Turns a libyaml or composer error into a diagnostic placed where a person would look:
/// libyaml reports an unclosed quote at the end of the file and a duplicate key at its first,
/// harmless occurrence, so both are moved, and a tab gets a message that names it.
enum YAMLSyntaxDiagnostics {
    /// `text` is the file libyaml read; a reader error gives its place as a byte offset in it.
    static func diagnostic(for error: YAMLSyntaxError, in source: SourceText, text: String) -> Diagnostic {
        switch error {
        case .syntax(let problem, let context, let mark):
            return located(problem, context: context, at: location(mark, in: source), in: source)
        case .duplicateKeys(let duplicates, let first):
            return duplicateKey(duplicates, firstAt: location(first, in: source), in: source)
        case .reader(let problem, let offset):
            return Diagnostic(
                .error, "invalid-encoding", "cannot read the file: \(problem); save it as UTF-8 text",
                at: readerLocation(offset, in: source, text: text))
        case .memory:
            return Diagnostic(.error, "yaml-syntax", "invalid YAML: Memory error", at: .start(of: source.file))
        }
    }

    /// Where a reader error's byte offset lies; the file's start when it falls inside a
    /// character, as Yams (which counted the offset in Characters) left it.
    private static func readerLocation(_ offset: Int, in source: SourceText, text: String) -> SourceLocation {
        guard let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset, limitedBy: text.utf8.endIndex),
            let character = index.samePosition(in: text)
        else { return .start(of: source.file) }
        return source.location(of: text.unicodeScalars.distance(from: text.startIndex, to: character))
    }

    private static func location(_ mark: YAMLSyntaxError.Mark, in source: SourceText) -> SourceLocation {
        source.clampedLocation(line: mark.line, column: mark.column)
    }

    private static func located(
        _ problem: String, context: YAMLSyntaxError.Context?, at location: SourceLocation, in source: SourceText
    ) -> Diagnostic {
        if problem.contains("nesting level") {
            return Diagnostic(.error, "nesting-too-deep", "nesting is too deep; flatten the structure", at: location)
        }
        if problem.contains("undefined alias") {
            return Diagnostic(
                .error, "yaml-alias",
                "this alias names no anchor; anchors and aliases are not supported, so write the value out in full",
                at: location)
        }
        if let context, context.text.contains("quoted scalar"), problem.contains("end of stream") {
            return Diagnostic(
                .error, "yaml-syntax", "a quoted string that starts here is never closed; add the closing quote",
                at: Self.location(context.mark, in: source))
        }
        let character = source.index(line: location.line, column: location.column).flatMap { source[$0] }
        if character == "\t" || problem.contains("tab character") {
            return Diagnostic(.error, "yaml-syntax", "tabs cannot indent YAML; indent with spaces", at: location)
        }
        return Diagnostic(
            .error, "yaml-syntax", "invalid YAML: \(problem); check indentation, quotes and colons", at: location)
    }

    private static func duplicateKey(
        _ duplicates: [String], firstAt first: SourceLocation, in source: SourceText
    ) -> Diagnostic {
        let names = duplicates.map { QuotedText.quoted($0) }.joined(separator: ", ")
        guard let key = duplicates.first, let repeated = repeatedKey(key, after: first, in: source) else {
            return Diagnostic(
                .error, "duplicate-key", "key \(names) appears more than once in this mapping; keep one", at: first)
        }
        let others = duplicates.dropFirst().map { QuotedText.quoted($0) }.joined(separator: ", ")
        return Diagnostic(
            .error, "duplicate-key",
            "key \(QuotedText.quoted(key)) is written again here (first at line \(first.line)); keep one"
                + (others.isEmpty ? "" : "; \(others) repeat in this mapping too"),
            at: repeated)
    }

    /// The second occurrence of `key` in the mapping whose first occurrence is at `first`: a later
    /// line indented to the same column (a block mapping) or, in a flow mapping, a later `key:`
    /// after `{` or `,`. The search stops where the block mapping ends.
    static func repeatedKey(_ key: String, after first: SourceLocation, in source: SourceText) -> SourceLocation? {
        let spellings = [key, "\"\(key)\"", "'\(key)'"].map { Array($0.unicodeScalars) }
        func isKey(at index: Int) -> Bool {
            spellings.contains { spelling in
                guard index + spelling.count <= source.scalars.count,
                    Array(source.scalars[index..<index + spelling.count]) == spelling
                else { return false }
                var after = index + spelling.count
                while source[after] == " " { after += 1 }
                return source[after] == ":"
            }
        }
        guard let start = source.index(line: first.line, column: first.column) else { return nil }
        let line = source.line(first.line)
        let isBlock = line.prefix(first.column - 1).allSatisfy { $0 == " " || $0 == "-" }
        if isBlock {
            for number in (first.line + 1)..<(source.lineStarts.count + 1) {
                let text = source.line(number)
                let indent = text.prefix { $0 == " " }.count
                guard let content = text.first(where: { $0 != " " }), content != "#" else { continue }
                if indent < first.column - 1 { return nil }
                if indent == first.column - 1, isKey(at: source.lineStarts[number - 1] + indent) {
                    return SourceLocation(file: source.file, line: number, column: first.column)
                }
            }
            return nil
        }
        var index = start + 1
        var previous: Unicode.Scalar = " "
        while let scalar = source[index] {
            if previous == "{" || previous == ",", isKey(at: index) { return source.location(of: index) }
            if scalar != " " && scalar != "\n" { previous = scalar }
            index += 1
        }
        return nil
    }
}
