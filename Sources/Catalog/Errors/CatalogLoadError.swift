/// A catalog or rules folder that cannot be used: missing, or with errors. The diagnostics are
/// the details, so a front end lists them with their files and lines.
public struct CatalogLoadError: CodedError, Equatable, CustomStringConvertible {
    public var errorCode: ErrorCode
    public var message: String
    public var details: ErrorDetails
    public var description: String { message }

    public init(_ message: String, code: ErrorCode, details: ErrorDetails = ErrorDetails()) {
        errorCode = code
        self.message = message
        self.details = details
    }

    /// The refusal of a folder whose diagnostics include errors, or nil when it has none.
    public static func refusing(_ diagnostics: [Diagnostic], rules: Bool) -> CatalogLoadError? {
        let errors = diagnostics.filter { $0.severity == .error }.sorted { $0.location < $1.location }
        guard !errors.isEmpty else { return nil }
        let what = rules ? "考核方案" : "目录"
        return CatalogLoadError(
            "\(what)有 \(errors.count) 处错误；请先运行 onestop check，按所列文件和行号修正", code: rules ? .rulesInvalid : .catalogInvalid,
            details: ErrorDetails(file: errors[0].location.file, row: errors[0].location.line, diagnostics: errors))
    }

    public static func missingFolder(_ path: String) -> CatalogLoadError {
        CatalogLoadError(
            "没有目录文件夹 \(path)；请指明服务目录所在的文件夹", code: .catalogFolderMissing, details: ErrorDetails(file: path))
    }
}
