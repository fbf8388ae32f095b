/// Reads CSV one row at a time (RFC 4180: quoted fields may hold commas, doubled quotes and
/// line breaks), each row with the line it starts on. A UTF-8 byte-order mark is ignored.
/// A cell, the header line or a row beyond its limit is refused with its row and column at
/// once, before more of it is read: an unclosed quote in a large file would otherwise swallow
/// the rest of the file into one cell.
struct CSVReader {
    struct Limits {
        /// Bytes in one cell: a long remark fits (about 2,700 Chinese characters).
        var field = 8192
        /// Bytes in the header line: a few dozen column names.
        var header = 4096
        /// Bytes in one row.
        var row = 65536
    }

    private let input: CSVInput
    private let limits: Limits
    private var buffer: [UInt8] = []
    private var index = 0
    private var atStart = true
    private var finished = false
    private var line = 1
    private var rowsRead = 0

    init(_ input: CSVInput, limits: Limits = Limits()) {
        self.input = input
        self.limits = limits
    }

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")
    private static let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    /// The next row with any content; nil at the end of the file.
    mutating func next() throws(CSVTable.ParseError) -> CSVTable.Row? {
        while !finished {
            if let row = try readRow(), row.fields != [""] {
                rowsRead += 1
                return row
            }
        }
        return nil
    }

    private mutating func nextByte() throws(CSVTable.ParseError) -> UInt8? {
        if index == buffer.count {
            guard let chunk = try input.nextChunk() else { return nil }
            buffer = chunk
            index = 0
            if atStart {
                atStart = false
                if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
                if index == buffer.count { return try nextByte() }
            }
        }
        defer { index += 1 }
        return buffer[index]
    }

    private mutating func readRow() throws(CSVTable.ParseError) -> CSVTable.Row? {
        let rowLine = line
        let isHeader = rowsRead == 0
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var rowBytes = 0
        func finishField() throws(CSVTable.ParseError) {
            // ASCII needs no validating (the generic validation cost a tenth of an events import).
            if !field.contains(where: { $0 >= 0x80 }) {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                return
            }
            guard let text = String(validating: field, as: UTF8.self) else {
                throw CSVTable.ParseError(
                    line: rowLine, column: fields.count + 1, message: "文件不是 UTF-8 编码；请在表格软件中另存为“CSV UTF-8”")
            }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
        }
        while let byte = try nextByte() {
            rowBytes += 1
            if isHeader, rowBytes > limits.header {
                throw CSVTable.ParseError(
                    line: rowLine, column: fields.count + 1,
                    message: "表头一行超过 \(limits.header) 字节；第一行应只有列名，请检查文件是否缺少表头", code: .headerTooLong)
            }
            if rowBytes > limits.row {
                throw CSVTable.ParseError(
                    line: rowLine, column: fields.count + 1,
                    message: "这一行超过 \(limits.row) 字节；请检查是否有未闭合的引号", code: .rowTooLong)
            }
            if quoted {
                if byte == Self.quote {
                    guard let following = try nextByte() else {
                        quoted = false
                        break
                    }
                    if following == Self.quote {
                        field.append(Self.quote)
                    } else {
                        quoted = false
                        index -= 1
                    }
                } else {
                    if byte == Self.newline { line += 1 }
                    field.append(byte)
                }
            } else {
                switch byte {
                case Self.quote where field.isEmpty: quoted = true
                case Self.comma: try finishField()
                case Self.carriageReturn: continue
                case Self.newline:
                    try finishField()
                    line += 1
                    return CSVTable.Row(line: rowLine, fields: fields)
                default: field.append(byte)
                }
            }
            if field.count > limits.field {
                throw CSVTable.ParseError(
                    line: rowLine, column: fields.count + 1,
                    message: "单元格超过 \(limits.field) 字节；请检查是否有未闭合的引号，或缩短该格", code: .fieldTooLong)
            }
        }
        finished = true
        if quoted { throw CSVTable.ParseError(line: rowLine, message: "引号未闭合；请检查该行的引号") }
        try finishField()
        return CSVTable.Row(line: rowLine, fields: fields)
    }
}
