extension ResolutionError: CodedError {
    /// `unknown-service`, `ambiguous-material`, ... as the shared code.
    public var errorCode: ErrorCode {
        ErrorCode(rawValue: code) ?? (candidates.isEmpty ? .unknownService : .ambiguousService)
    }

    /// The candidates to choose from when ambiguous, else the suggestion; never what was typed.
    public var details: ErrorDetails {
        ErrorDetails(candidates: candidates.isEmpty ? suggestion.map { [$0.id] } ?? [] : candidates.map(\.id))
    }
}
