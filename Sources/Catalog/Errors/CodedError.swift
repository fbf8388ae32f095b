/// A failure a user caused, told apart by a stable code rather than by its Chinese message, so
/// that a front end picks an exit code or an HTTP status from the code and shows the message.
public protocol CodedError: Error, Sendable {
    /// The stable code; its raw value is the kebab-case name (`case-not-found`, `row-invalid`).
    var errorCode: ErrorCode { get }
    /// What happened and how to mend it, in Chinese, naming no command-line flag.
    var message: String { get }
    /// Where and among what, as fields: never a personal value.
    var details: ErrorDetails { get }
}

/// What kind of failure a code is, which decides the exit code (and, for a server, the status).
public enum ErrorKind: String, Sendable, CaseIterable {
    /// Something named does not exist: a case, a service, a scheme.
    case notFound = "not-found"
    /// The input cannot be read as written: a row, a column, a time.
    case invalidInput = "invalid-input"
    /// The input is well formed but the hall's rules or the record's state refuse it.
    case refused
    /// A file or the database could not be read or written.
    case unavailable
    /// The web app needs to know who is asking: sign in first.
    case unauthorized
    /// Signed in, but the role may not do this (or a form did not come from the web app's page).
    case forbidden
    /// Too many attempts in a short time: wait, then try again.
    case throttled

    /// For docs/errors.md.
    public var summary: String {
        switch self {
        case .notFound: "something named does not exist"
        case .invalidInput: "the input cannot be read as written"
        case .refused: "the input is well formed but the hall's rules or the record's state refuse it"
        case .unavailable: "a file or the database cannot be read or written"
        case .unauthorized: "the web app needs to know who is asking: sign in first"
        case .forbidden: "the signed-in role may not do this, or the form did not come from the web app"
        case .throttled: "too many attempts in a short time"
        }
    }
}

/// The typed details of a failure: a file, its row (line) and column, the candidates to choose
/// from, and a catalog's diagnostics. A column is named by its header; a row's values are never
/// copied here, so details need no masking.
public struct ErrorDetails: Sendable, Equatable, Encodable {
    public var file: String?
    public var row: Int?
    public var column: String?
    public var candidates: [String]
    public var diagnostics: [Diagnostic]

    public init(
        file: String? = nil, row: Int? = nil, column: String? = nil, candidates: [String] = [],
        diagnostics: [Diagnostic] = []
    ) {
        self.file = file
        self.row = row
        self.column = column
        self.candidates = candidates
        self.diagnostics = diagnostics
    }

    enum CodingKeys: String, CodingKey { case file, row, column, candidates, diagnostics }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(file, forKey: .file)
        try container.encodeIfPresent(row, forKey: .row)
        try container.encodeIfPresent(column, forKey: .column)
        if !candidates.isEmpty { try container.encode(candidates, forKey: .candidates) }
        if !diagnostics.isEmpty { try container.encode(diagnostics, forKey: .diagnostics) }
    }
}

extension Diagnostic: Encodable {
    enum CodingKeys: String, CodingKey { case file, line, column, severity, code, message }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(location.file, forKey: .file)
        try container.encode(location.line, forKey: .line)
        try container.encode(location.column, forKey: .column)
        try container.encode(severity, forKey: .severity)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
    }
}
