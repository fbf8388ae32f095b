/// A ledger operation refused, with a message for window staff that says what to do.
public struct LedgerError: Error, Equatable, CustomStringConvertible {
    /// Stable codes for refusals that scripts and tests tell apart; most refusals need none.
    public enum Code: String, Sendable {
        case windowDoesNotOfferService = "window-does-not-offer-service"
        case studentNumberPattern = "student-number-pattern"
        case repeatedRows = "repeated-rows"
        case timeWithoutClock = "time-without-clock"
        case extraColumn = "extra-column"
        case implausibleCount = "implausible-count"
        case dateOutsideCalendar = "date-outside-calendar"
    }

    public var message: String
    public var code: Code?
    public var description: String { message }

    public init(_ message: String, code: Code? = nil) {
        self.message = message
        self.code = code
    }
}
