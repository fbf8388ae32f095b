/// The text of one file as Unicode scalars, with line starts, so a YAML mark (line and column in
/// scalars, as libyaml counts) can be turned back into a position in the text and vice versa.
/// Shared by reference among the nodes of a file: only conditions ever ask it for positions.
final class SourceText: Sendable {
    let file: String
    let scalars: [Unicode.Scalar]
    /// Index in `scalars` of the first character of each line; line 1 is `lineStarts[0]`.
    let lineStarts: [Int]

    init(_ text: String, file: String) {
        self.file = file
        scalars = Array(text.unicodeScalars)
        var starts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(index + 1) }
        lineStarts = starts
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
        if end > lineStarts[number - 1], scalars[end - 1] == "\r" { end -= 1 }
        return scalars[lineStarts[number - 1]..<max(end, lineStarts[number - 1])]
    }

    subscript(_ index: Int) -> Unicode.Scalar? { index >= 0 && index < scalars.count ? scalars[index] : nil }
}
