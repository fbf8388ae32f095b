import ArgumentParser
import Catalog
import Foundation

/// Prints a failure the libraries refused: its message (and, on a terminal, the option that
/// mends it) on standard error, or with `--format json` one `{"error":{…}}` object on standard
/// output, and ends with the exit code its kind maps to.
enum ErrorOutput {
    /// The exit code for each kind (docs/errors.md): 1 when the input or the hall's rules refuse
    /// it, 2 when a file or the database cannot be used; 64 (usage) is swift-argument-parser's.
    static func exitCode(for kind: ErrorKind) -> Int32 {
        switch kind {
        case .notFound, .invalidInput, .refused, .unauthorized, .forbidden, .throttled: 1
        case .unavailable: 2
        }
    }

    static let usageExitCode: Int32 = 64

    static func report(_ error: any CodedError, json: Bool) -> Int32 {
        if json {
            Terminal.write(JSONOutput.encode(ErrorEnvelope(error, hint: FlagHint.hint(for: error.errorCode))))
        } else {
            for diagnostic in error.details.diagnostics { Terminal.error(diagnostic.formatted) }
            // The code in brackets, as a diagnostic ends, is what staff quote when they ask for help.
            Terminal.error("\(error.message) [\(error.errorCode.rawValue)]")
            if let hint = FlagHint.hint(for: error.errorCode) { Terminal.error(hint) }
        }
        return exitCode(for: error.errorCode.kind)
    }

    /// A parse or `validate()` refusal, already put into Chinese.
    static func reportUsage(_ message: String, json: Bool) -> Int32 {
        if json {
            let error = CommandError(message, code: .invalidArgument)
            Terminal.write(JSONOutput.encode(ErrorEnvelope(error)))
        } else {
            Terminal.error(message)
        }
        return usageExitCode
    }
}

/// A failure the command line itself finds (a file it cannot read, a database it cannot open).
struct CommandError: CodedError {
    var errorCode: ErrorCode
    var message: String
    var details: ErrorDetails

    init(_ message: String, code: ErrorCode, details: ErrorDetails = ErrorDetails()) {
        errorCode = code
        self.message = message
        self.details = details
    }
}
