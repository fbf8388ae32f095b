/// CSV fields for every `--format csv` output.
public enum CSVOutput {
    /// The field as written, or quoted (inner quotes doubled) when it holds a comma, a quote or a
    /// line break.
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
