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
                .error, "invalid-encoding", "无法读取文件：\(YAMLProblem.chinese(problem))；请另存为 UTF-8 编码的文本",
                at: readerLocation(offset, in: source, text: text))
        case .memory:
            return Diagnostic(.error, "yaml-syntax", "YAML 格式错误：内存不足；请拆小文件后重试", at: .start(of: source.file))
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
            return Diagnostic(.error, "nesting-too-deep", "嵌套层数太深；请减少嵌套层数", at: location)
        }
        if problem.contains("undefined alias") {
            return Diagnostic(
                .error, "yaml-alias",
                "这个别名没有对应的锚点；本系统不支持锚点和别名，请把值完整写出",
                at: location)
        }
        if let context, context.text.contains("quoted scalar"), problem.contains("end of stream") {
            return Diagnostic(
                .error, "yaml-syntax", "从这里开始的引号没有闭合；请补上结尾的引号",
                at: Self.location(context.mark, in: source))
        }
        let character = source.index(line: location.line, column: location.column).flatMap { source[$0] }
        if character == "\t" || problem.contains("tab character") {
            return Diagnostic(.error, "yaml-syntax", "YAML 不能用制表符（Tab）缩进；请改用空格缩进", at: location)
        }
        return Diagnostic(
            .error, "yaml-syntax", "YAML 格式错误（\(YAMLProblem.chinese(problem))）；请检查缩进、引号和冒号", at: location)
    }

    private static func duplicateKey(
        _ duplicates: [String], firstAt first: SourceLocation, in source: SourceText
    ) -> Diagnostic {
        let names = duplicates.map { QuotedText.quoted($0) }.joined(separator: "、")
        guard let key = duplicates.first, let repeated = repeatedKey(key, after: first, in: source) else {
            return Diagnostic(
                .error, "duplicate-key", "键\(names)在这个映射中出现了不止一次；请只保留一个", at: first)
        }
        let others = duplicates.dropFirst().map { QuotedText.quoted($0) }.joined(separator: "、")
        return Diagnostic(
            .error, "duplicate-key",
            "键\(QuotedText.quoted(key))在这里又写了一次（第一次在第 \(first.line) 行）；请只保留一个"
                + (others.isEmpty ? "" : "；这个映射中\(others)也有重复"),
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
