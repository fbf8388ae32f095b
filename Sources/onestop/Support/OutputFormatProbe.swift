/// Whether a parsed command asked for JSON, so that its failure prints as JSON too. Commands
/// name their choice `--format` with types of their own (`TextOrJSON`, `NoticeFormat`, ...);
/// reading the parsed options by reflection finds every one without each command declaring it.
enum OutputFormatProbe {
    static func printsJSON(_ command: Any) -> Bool { search(command, depth: 0) }

    /// Options sit a few levels down: command, `@OptionGroup`, `@Option`, its parsed value.
    private static func search(_ value: Any, depth: Int) -> Bool {
        guard depth < 6 else { return false }
        for child in Mirror(reflecting: value).children {
            if child.label == "_format" { return isJSON(child.value, depth: 0) }
            if search(child.value, depth: depth + 1) { return true }
        }
        return false
    }

    private static func isJSON(_ value: Any, depth: Int) -> Bool {
        if let choice = value as? any RawRepresentable { return "\(choice.rawValue)" == "json" }
        guard depth < 4 else { return false }
        return Mirror(reflecting: value).children.contains { isJSON($0.value, depth: depth + 1) }
    }

    /// Before the options are parsed (a usage error), only the words typed tell.
    static func argumentsAskForJSON(_ arguments: [String]) -> Bool {
        arguments.contains("--format=json")
            || zip(arguments, arguments.dropFirst()).contains { $0 == "--format" && $1 == "json" }
    }
}
