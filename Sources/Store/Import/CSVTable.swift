import Catalog
import Foundation

/// What a CSV import reads: rows of fields, each with the line it starts on (`CSVReader` reads
/// them one at a time), and the refusals every import shares.
struct CSVTable {
    struct Row {
        var line: Int
        var fields: [String]
    }

    struct ParseError: Error {
        var line: Int
        /// 1-based, when the problem is in one cell.
        var column: Int?
        var message: String
        var code: LedgerError.Code

        init(line: Int, column: Int? = nil, message: String, code: LedgerError.Code = .rowInvalid) {
            self.line = line
            self.column = column
            self.message = message
            self.code = code
        }

        func ledgerError(file: String) -> LedgerError {
            let name = column.map { CSVTable.columnName($0 - 1) }
            return LedgerError(
                "\(file) 第 \(line) 行\(name.map { "，\($0)" } ?? "")：\(message)", code: code,
                details: ErrorDetails(file: file, row: line, column: name))
        }
    }

    /// `第 7 列（G 列）` for the 0-based index 6.
    static func columnName(_ index: Int) -> String {
        "第 \(index + 1) 列（\(SpreadsheetValue.columnLetter(index)) 列）"
    }

    /// Refuses a row with a filled cell beyond the header's columns (a comma in an unquoted
    /// name shifts the row, and its values would land in the wrong columns). Empty trailing
    /// cells, which spreadsheets add, are harmless.
    static func refuseExtraCells(_ row: Row, columns: Int, file: String) throws(LedgerError) {
        guard row.fields.count > columns,
            let index = row.fields.indices.dropFirst(columns).first(where: { !row.fields[$0].trimmingSpaces.isEmpty })
        else { return }
        throw LedgerError(
            "\(file) 第 \(row.line) 行，\(columnName(index))：表头只有 \(columns) 列，这一行在该列还有内容；"
                + "请检查是否有未加引号的逗号，或补上该列的表头",
            code: .extraColumn, details: ErrorDetails(file: file, row: row.line, column: columnName(index)))
    }

    /// Refuses a header naming one column twice (`service` and `事项`, or `学号` twice): which of
    /// the two cells holds the value would be a guess.
    static func refuseRepeatedColumns(_ columns: [String?], file: String) throws(LedgerError) {
        var first: [String: Int] = [:]
        for (index, column) in columns.enumerated() {
            guard let column else { continue }
            if let earlier = first[column] {
                throw LedgerError(
                    "\(file) 第 1 行，\(columnName(index))：与\(columnName(earlier))是同一列“\(column)”；"
                        + "请删去其中一列，或改正表头", code: .repeatedColumn,
                    details: ErrorDetails(file: file, row: 1, column: columnName(index)))
            }
            first[column] = index
        }
    }
}
