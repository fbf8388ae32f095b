/// U+0085, U+2028 and U+2029 end a line for libyaml (YAML 1.1) but are ordinary characters for
/// YAML 1.2, the editor's schema checker and the editor itself: the same file would mean two
/// things and every line number after one would differ. They come from pasted web or Word text,
/// so each is refused where an editor shows it, before the file is parsed.
enum LineSeparatorCheck {
    static let names: [Unicode.Scalar: String] = [
        "\u{85}": "U+0085（下一行）", "\u{2028}": "U+2028（行分隔符）", "\u{2029}": "U+2029（段落分隔符）",
    ]

    /// The values from the lowest separator to the highest.
    private static let separatorRange = names.keys.map(\.value).min()!...names.keys.map(\.value).max()!

    /// How many are reported one by one; the rest are counted.
    static let maximumListed = 20

    /// Reports every separator in `source`; `true` when there was none.
    static func check(_ source: SourceText, into bag: inout DiagnosticBag) -> Bool {
        // A range test per character, and a look-up only inside it: this runs over every file,
        // and CJK text lies above the range.
        let found = source.scalars.indices.filter {
            let scalar = source.scalars[$0]
            return separatorRange.contains(scalar.value) && names[scalar] != nil
        }
        for index in found.prefix(maximumListed) {
            bag.error(
                "invalid-line-break",
                "这里有不可见的换行符 \(names[source.scalars[index]] ?? "")；请删去它，如果本意是换行，请按回车键重新换行",
                at: source.location(of: index))
        }
        if found.count > maximumListed, let last = found.last {
            bag.error(
                "invalid-line-break",
                "这个文件中另有 \(found.count - maximumListed) 处不可见的换行符；请全部删去",
                at: source.location(of: last))
        }
        return found.isEmpty
    }
}
