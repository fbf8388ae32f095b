import Catalog
import Foundation

/// Event rows from CSV (`date,window,staff,post,item,count,serious,note,recorded_by`, `post`
/// optional, A or B; or the same
/// columns under Chinese headers) or from YAML (a list of mappings with the same keys, at the
/// top or under `events:`), with their lines. Values come as spreadsheets write them: dates
/// `2026/10/12`, booleans `TRUE`/`FALSE`, items by their Chinese names; they are handed on in
/// the ledger's own form.
enum EventRows {
    static let columns = ["date", "window", "staff", "post", "item", "count", "serious", "note", "recorded_by"]
    static let required = ["date", "window", "item"]
    /// The Chinese headers halls use, by column (a column not in `columns` is ignored).
    static let chineseHeaders: [String: [String]] = [
        "date": ["日期", "发生日期"], "window": ["窗口", "窗口号"], "staff": ["工作人员", "人员", "当事人"],
        "item": ["项目", "考核项目", "事项"], "count": ["次数", "数量"], "serious": ["情节严重", "严重"],
        "note": ["备注", "说明"], "recorded_by": ["记录人", "登记人"], "post": ["岗位"],
    ]

    /// One event's cells by column. Held by position, not in a dictionary: hashing nine keys
    /// per row was a fifth of an import.
    struct Row {
        var line: Int
        private var cells = [String?](repeating: nil, count: EventRows.columns.count)

        init(line: Int) {
            self.line = line
        }

        init(line: Int, values: [String: String]) {
            self.line = line
            for (column, value) in values { self[column] = value }
        }

        /// A cell as written, by column name (one of `columns`).
        subscript(column: String) -> String? {
            get { EventRows.position(of: column).flatMap { cells[$0] } }
            set {
                guard let position = EventRows.position(of: column) else { return }
                cells[position] = newValue
            }
        }

        /// A cell by its place in `columns`.
        subscript(position position: Int) -> String? {
            get { cells[position] }
            set { cells[position] = newValue }
        }

        func value(_ column: String) -> String? {
            guard let text = self[column]?.trimmingWhitespace, !text.isEmpty else { return nil }
            return text
        }
    }

    /// A column's place in `columns`.
    static func position(of column: String) -> Int? { columns.firstIndex(of: column) }

    static func parse(data: Data, file: String) throws(LedgerError) -> [Row] {
        isYAML(file) ? try yaml(data, file: file).map(normalized) : try csv(data, file: file)
    }

    static func isYAML(_ file: String) -> Bool { file.hasSuffix(".yaml") || file.hasSuffix(".yml") }

    /// The column a header or YAML key names: the English name or one of its Chinese headers.
    static func column(named name: String) -> String? {
        if columns.contains(name) { return name }
        return chineseHeaders.first { columns.contains($0.key) && $0.value.contains(name) }?.key
    }

    /// Dates and booleans in the ledger's form; a value that cannot be read is left as written,
    /// for validation to name it. Items are resolved by the event book, which knows the schemes.
    static func normalized(_ row: Row) -> Row {
        var row = row
        if let text = row.value("date"), let date = SpreadsheetValue.date(text) {
            row["date"] = date.description
        }
        if let text = row.value("serious"), let flag = SpreadsheetValue.boolean(text) {
            row["serious"] = flag ? "true" : "false"
        }
        return row
    }

    private static func csv(_ data: Data, file: String) throws(LedgerError) -> [Row] {
        var stream = try CSVStream(CSVInput(data: data), file: file)
        var rows: [Row] = []
        while let row = try stream.next() { rows.append(row) }
        return rows
    }

    private static func yaml(_ data: Data, file: String) throws(LedgerError) -> [Row] {
        var bag = DiagnosticBag()
        guard let root = YAMLReader.read(data, file: file, into: &bag) else {
            let first = bag.sorted.first
            throw LedgerError(
                first?.formatted ?? "\(file)：无法读取 YAML", code: .rowInvalid,
                details: ErrorDetails(file: file, row: first?.location.line))
        }
        guard let items = root.items ?? root["events"]?.items else {
            throw LedgerError(
                "\(root.location)：应为事件列表（或 events: 下的列表）", code: .rowInvalid,
                details: ErrorDetails(file: file, row: root.location.line))
        }
        var rows: [Row] = []
        for item in items {
            guard let pairs = item.pairs else {
                throw LedgerError(
                    "\(item.location)：每个事件应为一个映射", code: .rowInvalid,
                    details: ErrorDetails(file: file, row: item.location.line))
            }
            var values: [String: String] = [:]
            for pair in pairs {
                guard let column = column(named: pair.key) else {
                    throw LedgerError(
                        "\(pair.keyLocation)：未知的键“\(pair.key)”\(Suggestion.chineseHint(for: pair.key, among: columns))",
                        code: .unknownColumn,
                        details: ErrorDetails(
                            file: file, row: pair.keyLocation.line, column: pair.key, candidates: columns))
                }
                values[column] = pair.value.scalar
            }
            rows.append(Row(line: item.location.line, values: values))
        }
        return rows
    }
}
