/// The text of one file as Unicode scalars, with line starts, so a YAML mark (line and column in
/// scalars, as libyaml counts) can be turned back into a position in the text and vice versa.
/// Shared by reference among the nodes of a file: only conditions ever ask it for positions.
final class SourceText: Sendable {
    let file: String
    let scalars: [Unicode.Scalar]
    /// Index in `scalars` of the first character of each line; line 1 is `lineStarts[0]`.
    let lineStarts: [Int]

    /// Lines end at LF, CRLF or a CR alone, as libyaml and editors count them (libyaml also breaks
    /// at U+0085, U+2028 and U+2029, which the reader refuses before parsing).
    init(_ text: String, file: String) {
        self.file = file
        scalars = Array(text.unicodeScalars)
        var starts = [0]
        for (index, scalar) in scalars.enumerated()
        where scalar == "\n" || (scalar == "\r" && (index + 1 == scalars.count || scalars[index + 1] != "\n")) {
            starts.append(index + 1)
        }
        lineStarts = starts
    }

    /// A line and column as libyaml reports them, moved inside the text: libyaml puts the end of
    /// a file without a final line break on the line after the last.
    func clampedLocation(line: Int, column: Int) -> SourceLocation {
        guard line <= lineStarts.count else { return location(of: scalars.count) }
        let line = max(line, 1)
        return SourceLocation(file: file, line: line, column: min(max(column, 1), self.line(line).count + 1))
    }

    /// The index of a 1-based line and column, or `nil` when it lies outside the text.
    func index(line: Int, column: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count, column >= 1 else { return nil }
        let index = lineStarts[line - 1] + column - 1
        return index <= scalars.count ? index : nil
    }

    /// The location of an index; columns count Unicode scalars from 1.
    func location(of index: Int) -> SourceLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return SourceLocation(file: file, line: low + 1, column: index - lineStarts[low] + 1)
    }

    /// The text of a 1-based line, without its line break.
    func line(_ number: Int) -> ArraySlice<Unicode.Scalar> {
        guard number >= 1, number <= lineStarts.count else { return [] }
        var end = number < lineStarts.count ? lineStarts[number] - 1 : scalars.count
        if end > lineStarts[number - 1], scalars[end - 1] == "\r", end < scalars.count, scalars[end] == "\n" {
            end -= 1  // the CR of a CRLF
        }
        return scalars[lineStarts[number - 1]..<max(end, lineStarts[number - 1])]
    }

    subscript(_ index: Int) -> Unicode.Scalar? { index >= 0 && index < scalars.count ? scalars[index] : nil }
}
