/// A ledger operation refused, with a message for window staff that says what to do.
public struct LedgerError: Error, Equatable, CustomStringConvertible {
    /// Stable codes for refusals that scripts and tests tell apart; most refusals need none.
    public enum Code: String, Sendable {
        case windowDoesNotOfferService = "window-does-not-offer-service"
        case studentNumberPattern = "student-number-pattern"
        case repeatedRows = "repeated-rows"
        case timeWithoutClock = "time-without-clock"
        case extraColumn = "extra-column"
        case disclosureWithoutReason = "disclosure-without-reason"
        case timeInFuture = "time-in-future"
        case timeBeforeLastRecorded = "time-before-last-recorded"
        case timeOutsideCalendar = "time-outside-calendar"
        case unknownStaff = "unknown-staff"
        /// A published result the audit trail records is gone: it cannot be published again.
        case publishedResultMissing = "published-result-missing"
        case implausibleCount = "implausible-count"
        case dateOutsideCalendar = "date-outside-calendar"
        case fieldTooLong = "field-too-long"
        case headerTooLong = "header-too-long"
        case rowTooLong = "row-too-long"
        case repeatedColumn = "repeated-column"
        case unknownColumn = "unknown-column"
        case unknownChannel = "unknown-channel"
        case notTrueOrFalse = "not-true-or-false"
        case tooManyRows = "too-many-rows"
        case fileTooLarge = "file-too-large"
        // A name typed by window staff that the catalog or the rules do not resolve (`NameKind`).
        case unknownService = "unknown-service"
        case ambiguousService = "ambiguous-service"
        case unknownMaterial = "unknown-material"
        case ambiguousMaterial = "ambiguous-material"
        case unknownDefect = "unknown-defect"
        case ambiguousDefect = "ambiguous-defect"
        case unknownFact = "unknown-fact"
        case ambiguousFact = "ambiguous-fact"
        case unknownFactValue = "unknown-fact-value"
        case ambiguousFactValue = "ambiguous-fact-value"
        case unknownWindow = "unknown-window"
        case ambiguousWindow = "ambiguous-window"
        case unknownScheme = "unknown-scheme"
        case ambiguousScheme = "ambiguous-scheme"
        case unknownItem = "unknown-item"
        case ambiguousItem = "ambiguous-item"
    }

    public var message: String
    public var code: Code?
    public var description: String { message }

    public init(_ message: String, code: Code? = nil) {
        self.message = message
        self.code = code
    }
}
