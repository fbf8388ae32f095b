/// Collects diagnostics instead of stopping at the first one.
public struct DiagnosticBag: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func error(_ code: String, _ message: String, at location: SourceLocation) {
        report(Diagnostic(.error, code, message, at: location))
    }

    public mutating func warning(_ code: String, _ message: String, at location: SourceLocation) {
        report(Diagnostic(.warning, code, message, at: location))
    }

    public mutating func note(_ code: String, _ message: String, at location: SourceLocation) {
        report(Diagnostic(.note, code, message, at: location))
    }

    public mutating func append(contentsOf other: DiagnosticBag) {
        diagnostics.append(contentsOf: other.diagnostics)
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Sorted by file, line and column, so output is deterministic.
    public var sorted: [Diagnostic] {
        diagnostics.sorted {
            ($0.location, $0.severity, $0.code, $0.message) < ($1.location, $1.severity, $1.code, $1.message)
        }
    }

    public func count(of severity: Severity) -> Int {
        diagnostics.count { $0.severity == severity }
    }
}
