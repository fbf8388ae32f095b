/// The result of `onestop check`, rendered as compiler-style text or JSON.
public struct CheckReport: Sendable {
    public var diagnostics: [Diagnostic]

    /// `strict` turns warnings into errors, as `--strict` asks.
    public init(_ bag: DiagnosticBag, strict: Bool) {
        diagnostics = bag.sorted.map { diagnostic in
            var diagnostic = diagnostic
            if strict, diagnostic.severity == .warning { diagnostic.severity = .error }
            return diagnostic
        }
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public func count(_ severity: Severity) -> Int { diagnostics.count { $0.severity == severity } }

    /// Notes about the check itself (why other findings are missing) are always listed.
    static let notesAlwaysListed: Set<String> = ["cross-checks-skipped"]

    /// Errors and warnings, one per line. Notes (mostly assumed values, well over a hundred in the
    /// shipped catalog) are counted in one line unless `listingNotes`, so no error is lost among them.
    public func text(listingNotes: Bool = false) -> String {
        let shown = diagnostics.filter {
            listingNotes || $0.severity != .note || Self.notesAlwaysListed.contains($0.code)
        }
        var lines = shown.map(\.formatted)
        if shown.count < diagnostics.count {
            lines.append("另有 \(diagnostics.count - shown.count) 条提示（假定值等），用 --notes 列出")
        }
        lines.append(
            "检查完成：\(count(.error)) 个错误，\(count(.warning)) 个警告，\(count(.note)) 条提示"
                + (count(.note) > 0 ? "（提示中的假定值请向相关部门确认）" : ""))
        return lines.joined(separator: "\n") + "\n"
    }

    public func json() -> String {
        struct Entry: Encodable {
            var file: String
            var line: Int
            var column: Int
            var severity: String
            var code: String
            var message: String
        }
        struct Body: Encodable {
            var diagnostics: [Entry]
            var counts: [String: Int]
        }
        let entries = diagnostics.map {
            Entry(
                file: $0.location.file, line: $0.location.line, column: $0.location.column,
                severity: $0.severity.rawValue, code: $0.code, message: $0.message)
        }
        let counts = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, count($0)) })
        return JSONOutput.encode(Body(diagnostics: entries, counts: counts))
    }
}
