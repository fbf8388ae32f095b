/// How much a diagnostic matters: errors block loading, warnings become errors with `--strict`.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case error
    case warning
    case note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One located finding, printed like a compiler message.
public struct Diagnostic: Hashable, Sendable {
    public var location: SourceLocation
    public var severity: Severity
    /// The id of the validation rule that produced it; stable across releases.
    public var code: String
    /// In Chinese, no closing full stop: what is wrong and how to mend it (names quoted “…”).
    public var message: String

    public init(_ severity: Severity, _ code: String, _ message: String, at location: SourceLocation) {
        self.location = location
        self.severity = severity
        self.code = code
        self.message = message
    }

    /// `file:line:column: severity: message [code]`
    public var formatted: String {
        "\(location): \(severity.rawValue): \(message) [\(code)]"
    }
}
