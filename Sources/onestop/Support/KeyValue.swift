import ArgumentParser

/// `KEY=VALUE` (`--fact 学生类别=在校生`, `--defect 身份证=过期`), parsed as the option is read so
/// that a command never checks the pairs again.
struct KeyValue: ExpressibleByArgument {
    var key: String
    var value: String

    init?(argument text: String) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else { return nil }
        key = String(text[..<equals])
        value = String(text[text.index(after: equals)...])
    }

    /// The pairs by key; a key given twice keeps its last value.
    static func dictionary(_ pairs: [KeyValue]) -> [String: String] {
        Dictionary(pairs.map { ($0.key, $0.value) }) { _, last in last }
    }
}
