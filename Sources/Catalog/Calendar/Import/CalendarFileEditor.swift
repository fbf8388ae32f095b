/// Adds a year to a calendar file's text, keeping everything else (comments, order, quoting)
/// as written: the new year goes among the others in order, indented like them.
enum CalendarFileEditor {
    struct Failure: Error {
        var message: String
    }

    static func adding(_ arrangement: HolidayArrangement, to text: String) throws(Failure) -> String {
        // A file saved on Windows keeps its line endings.
        let newline = text.contains("\r\n") ? "\r\n" : "\n"
        var lines = text.components(separatedBy: newline)
        guard let yearsLine = lines.firstIndex(where: { $0.firstMatch(of: /^\s*years:\s*(\{\s*\})?\s*(#.*)?$/) != nil })
        else { throw Failure(message: "日历文件中没有 years: 一项") }
        let yearsIndent = indent(lines[yearsLine])
        if lines[yearsLine].contains("{") { lines[yearsLine] = String(repeating: " ", count: yearsIndent) + "years:" }
        var end = yearsLine + 1
        var keys: [(line: Int, year: Int)] = []
        while end < lines.count {
            let line = lines[end]
            let blank = line.trimmingSpaces.isEmpty || line.trimmingSpaces.hasPrefix("#")
            if !blank, indent(line) <= yearsIndent { break }
            if let match = line.wholeMatch(of: /\s+(\d{4}):\s*(#.*)?/), let year = Int(match.1),
                keys.isEmpty || indent(line) == indent(lines[keys[0].line])
            {
                keys.append((end, year))
            }
            end += 1
        }
        if keys.contains(where: { $0.year == arrangement.year }) {
            throw Failure(message: "日历文件中已有\(arrangement.year)年")
        }
        let yearIndent = keys.first.map { indent(lines[$0.line]) } ?? yearsIndent + 2
        let fieldIndent =
            keys.first.flatMap { key in
                lines.dropFirst(key.line + 1).first { !$0.trimmingSpaces.isEmpty }.map(indent)
            } ?? yearIndent + 2
        let itemIndent = lines.first { $0.trimmingSpaces.hasPrefix("- {date:") }.map(indent) ?? fieldIndent + 2
        let block = Self.block(arrangement, year: yearIndent, field: fieldIndent, item: itemIndent)
        var at = keys.first { $0.year > arrangement.year }?.line ?? end
        if at == end { while at > yearsLine + 1, lines[at - 1].trimmingSpaces.isEmpty { at -= 1 } }
        lines.insert(contentsOf: block, at: at)
        return lines.joined(separator: newline)
    }

    private static func block(_ arrangement: HolidayArrangement, year: Int, field: Int, item: Int) -> [String] {
        let pad = { (count: Int) in String(repeating: " ", count: count) }
        let source = arrangement.source.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"")
        func list(_ key: String, _ days: [HolidayArrangement.Day], label: String) -> [String] {
            guard !days.isEmpty else { return [pad(field) + "\(key): []"] }
            return [pad(field) + "\(key):"]
                + days.map { pad(item) + "- {date: \"\($0.date)\", \(label): \(quotedIfNeeded($0.label))}" }
        }
        return [pad(year) + "\(arrangement.year):", pad(field) + "source: \"\(source)\""]
            + list("holidays", arrangement.holidays, label: "name")
            + list("workdays", arrangement.workdays, label: "reason")
    }

    /// Names are plain Chinese words; anything YAML could misread is quoted.
    private static func quotedIfNeeded(_ text: String) -> String {
        let special = text.contains { ":{}[],#&*!|>'\"%@`".contains($0) } || text.trimmingSpaces != text
        return special ? "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\"" : text
    }

    private static func indent(_ line: String) -> Int { line.prefix { $0 == " " }.count }
}
