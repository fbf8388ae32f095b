/// A ledger operation refused, with a message for window staff that says what to do.
public struct LedgerError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }

    public init(_ message: String) { self.message = message }
}
