import Catalog

/// A ledger operation refused, with a message for window staff that says what to do and, as
/// fields, where (file, row, column) and among what (candidates).
public struct LedgerError: CodedError, Equatable, CustomStringConvertible {
    /// The stable codes, shared with the catalog, notice and assessment errors.
    public typealias Code = ErrorCode

    public var message: String
    public var code: Code
    public var details: ErrorDetails
    public var description: String { message }
    public var errorCode: ErrorCode { code }

    public init(_ message: String, code: Code, details: ErrorDetails = ErrorDetails()) {
        self.message = message
        self.code = code
        self.details = details
    }

    /// A refusal of one cell of an imported file: the message starts with where, as staff read
    /// it (`cases.csv 第 3 行，“submitted”列：…`), and the same place is in the details.
    static func row(_ file: String, line: Int, column: String?, _ message: String, code: Code = .rowInvalid)
        -> LedgerError
    {
        let cell = column.map { "，“\($0)”列" } ?? ""
        return LedgerError(
            "\(file) 第 \(line) 行\(cell)：\(message)", code: code,
            details: ErrorDetails(file: file, row: line, column: column))
    }
}
