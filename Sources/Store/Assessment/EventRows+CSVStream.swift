import Catalog
import Foundation

extension EventRows {
    /// A CSV events file read a row at a time: the header is checked when the stream is made,
    /// each row as it comes (a cell beyond the header's columns), so a file is never held whole.
    struct CSVStream {
        private var reader: CSVReader
        /// Each header cell's place in `columns`.
        private let header: [Int]
        private let file: String

        init(_ input: CSVInput, file: String) throws(LedgerError) {
            self.file = file
            reader = CSVReader(input)
            let first: CSVTable.Row?
            do {
                first = try reader.next()
            } catch {
                throw error.ledgerError(file: file)
            }
            guard let first else {
                throw CSVTable.ParseError(line: 1, message: "文件是空的；第一行应为表头").ledgerError(file: file)
            }
            do {
                // `header` names only columns of `columns`.
                header = try Self.header(first.fields, file: file).map { position(of: $0)! }
            } catch {
                throw reader.outranking(error, file: file)
            }
        }

        private static func header(_ fields: [String], file: String) throws(LedgerError) -> [String] {
            var header: [String] = []
            for (index, cell) in fields.enumerated() {
                let name = cell.trimmingCharacters(in: .whitespaces)
                guard let column = column(named: name) else {
                    throw LedgerError(
                        "\(file) 第 1 行，\(CSVTable.columnName(index))：不是可用的列名\(Suggestion.chineseHint(for: name, among: columns))；"
                            + "表头应为 \(columns.joined(separator: ","))（或相应的中文列名）", code: .unknownColumn,
                        details: ErrorDetails(
                            file: file, row: 1, column: CSVTable.columnName(index), candidates: columns))
                }
                header.append(column)
            }
            try CSVTable.refuseRepeatedColumns(header, file: file)
            for name in required where !header.contains(name) {
                throw LedgerError(
                    "\(file) 第 1 行：缺少必需的列“\(name)”", code: .missingColumn, details: ErrorDetails(file: file, row: 1))
            }
            return header
        }

        /// The next row, its values in the ledger's form; nil at the end of the file.
        mutating func next() throws(LedgerError) -> Row? {
            let row: CSVTable.Row?
            do {
                row = try reader.next()
            } catch {
                throw error.ledgerError(file: file)
            }
            guard let row else { return nil }
            do {
                try CSVTable.refuseExtraCells(row, columns: header.count, file: file)
            } catch {
                throw reader.outranking(error, file: file)
            }
            var values = Row(line: row.line)
            for (index, position) in header.enumerated() where index < row.fields.count {
                values[position: position] = row.fields[index]
            }
            return normalized(values)
        }
    }
}

extension CSVReader {
    /// A fault in the file's structure anywhere outranks a refusal of its content, as when the
    /// whole file was read first: the rest is read for one, else `error` stands.
    mutating func outranking(_ error: LedgerError, file: String) -> LedgerError {
        do {
            while try next() != nil {}
        } catch {
            return error.ledgerError(file: file)
        }
        return error
    }
}
