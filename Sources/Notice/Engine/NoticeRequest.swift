import Catalog

/// What window staff know when a student asks: the service, facts about the student, what
/// was brought and which defects were seen.
public struct NoticeRequest: Sendable {
    public var service: String
    /// Fact to value, by id or Chinese name (`学生类别=在校生`); the notice holds them as ids.
    public var facts: [String: String]
    /// Materials brought, by id or Chinese name; `nil` when staff did not say (every applicable material is then `required`).
    public var have: Set<String>?
    /// Material to defect, by id or Chinese name (`身份证=过期`); the notice holds them as ids.
    public var defects: [String: String]
    public var submitted: CivilDateTime

    public init(
        service: String, facts: [String: String] = [:], have: Set<String>? = nil, defects: [String: String] = [:],
        submitted: CivilDateTime
    ) {
        self.service = service
        self.facts = facts
        self.have = have
        self.defects = defects
        self.submitted = submitted
    }
}

/// A request that names something the catalog does not have; the message says what does exist.
public struct NoticeError: CodedError, Equatable, CustomStringConvertible {
    public var message: String
    public var code: ErrorCode
    public var details: ErrorDetails
    public var description: String { message }
    public var errorCode: ErrorCode { code }

    public init(_ message: String, code: ErrorCode, details: ErrorDetails = ErrorDetails()) {
        self.message = message
        self.code = code
        self.details = details
    }
}
