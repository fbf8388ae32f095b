import Foundation

/// A CSV file as rows of fields, each row with the line it starts on (RFC 4180: quoted fields
/// may hold commas, doubled quotes and line breaks). A UTF-8 byte-order mark is ignored.
struct CSVTable {
    struct Row {
        var line: Int
        var fields: [String]
    }

    var header: [String]
    var rows: [Row]

    struct ParseError: Error {
        var line: Int
        var message: String
    }

    init(data: Data) throws(ParseError) {
        guard var text = String(data: data, encoding: .utf8) else {
            throw ParseError(line: 1, message: "文件不是 UTF-8 编码；请在表格软件中另存为“CSV UTF-8”")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var rowLine = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar?
        func next() -> Unicode.Scalar? {
            if let scalar = pending {
                pending = nil
                return scalar
            }
            return iterator.next()
        }
        while let scalar = next() {
            if quoted {
                if scalar == "\"" {
                    let following = next()
                    if following == "\"" {
                        field.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                        pending = following
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty: quoted = true
            case ",":
                fields.append(field)
                field = ""
            case "\r": continue
            case "\n":
                fields.append(field)
                if fields != [""] { rows.append(Row(line: rowLine, fields: fields)) }
                fields = []
                field = ""
                line += 1
                rowLine = line
            default: field.unicodeScalars.append(scalar)
            }
        }
        if quoted { throw ParseError(line: rowLine, message: "引号未闭合；请检查该行的引号") }
        fields.append(field)
        if fields != [""] { rows.append(Row(line: rowLine, fields: fields)) }
        guard let first = rows.first else { throw ParseError(line: 1, message: "文件是空的；第一行应为表头") }
        header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        self.rows = Array(rows.dropFirst())
    }
}

extension CSVTable {
    /// Refuses a row with a filled cell beyond the header's columns (a comma in an unquoted
    /// name shifts the row, and its values would land in the wrong columns). Empty trailing
    /// cells, which spreadsheets add, are harmless.
    func refuseExtraCells(file: String) throws(LedgerError) {
        for row in rows where row.fields.count > header.count {
            guard
                let index = row.fields.indices.dropFirst(header.count).first(where: {
                    !row.fields[$0].trimmingSpaces.isEmpty
                })
            else { continue }
            let column = "第 \(index + 1) 列（\(SpreadsheetValue.columnLetter(index)) 列）"
            throw LedgerError(
                "\(file) 第 \(row.line) 行，\(column)：表头只有 \(header.count) 列，这一行在该列还有内容；"
                    + "请检查是否有未加引号的逗号，或补上该列的表头",
                code: .extraColumn)
        }
    }
}
