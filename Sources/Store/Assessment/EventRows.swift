import Catalog
import Foundation

/// Event rows from CSV (`date,window,staff,post,item,count,serious,note,recorded_by`; `post` is
/// optional, A or B) or from YAML
/// (a list of mappings with the same keys, at the top or under `events:`), with their lines.
enum EventRows {
    static let columns = ["date", "window", "staff", "post", "item", "count", "serious", "note", "recorded_by"]
    static let required = ["date", "window", "item"]

    struct Row {
        var line: Int
        var values: [String: String]

        func value(_ column: String) -> String? {
            guard let text = values[column]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
    }

    static func parse(data: Data, file: String) throws(LedgerError) -> [Row] {
        file.hasSuffix(".yaml") || file.hasSuffix(".yml") ? try yaml(data, file: file) : try csv(data, file: file)
    }

    private static func csv(_ data: Data, file: String) throws(LedgerError) -> [Row] {
        let table: CSVTable
        do {
            table = try CSVTable(data: data)
        } catch {
            throw LedgerError("\(file) 第 \(error.line) 行：\(error.message)")
        }
        for name in table.header where !columns.contains(name) {
            throw LedgerError(
                "\(file) 第 1 行：未知的列“\(name)”\(Suggestion.hint(for: name, among: columns))；表头应为 \(columns.joined(separator: ","))"
            )
        }
        for name in required where !table.header.contains(name) {
            throw LedgerError("\(file) 第 1 行：缺少必需的列“\(name)”")
        }
        return table.rows.map { row in
            var values: [String: String] = [:]
            for (index, name) in table.header.enumerated() where index < row.fields.count {
                values[name] = row.fields[index]
            }
            return Row(line: row.line, values: values)
        }
    }

    private static func yaml(_ data: Data, file: String) throws(LedgerError) -> [Row] {
        var bag = DiagnosticBag()
        guard let root = YAMLReader.read(data, file: file, into: &bag) else {
            throw LedgerError(bag.sorted.first.map(\.formatted) ?? "\(file)：无法读取 YAML")
        }
        guard let items = root.items ?? root["events"]?.items else {
            throw LedgerError("\(root.location)：应为事件列表（或 events: 下的列表）")
        }
        var rows: [Row] = []
        for item in items {
            guard let pairs = item.pairs else { throw LedgerError("\(item.location)：每个事件应为一个映射") }
            var values: [String: String] = [:]
            for pair in pairs {
                guard columns.contains(pair.key) else {
                    throw LedgerError(
                        "\(pair.keyLocation)：未知的键“\(pair.key)”\(Suggestion.hint(for: pair.key, among: columns))")
                }
                values[pair.key] = pair.value.scalar
            }
            rows.append(Row(line: item.location.line, values: values))
        }
        return rows
    }
}
