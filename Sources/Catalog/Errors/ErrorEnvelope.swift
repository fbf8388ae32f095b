/// A failure as JSON, the same for the command line (`--format json`) and the web app's API:
/// `{"error":{"code","kind","message","hint"?, …details}}`.
public struct ErrorEnvelope: Encodable, Sendable {
    public var error: Fields

    public init(_ error: any CodedError, hint: String? = nil) {
        self.error = Fields(error, hint: hint)
    }

    /// The code, kind and message, with the details beside them.
    public struct Fields: Encodable, Sendable {
        public var code: String
        public var kind: String
        public var message: String
        public var hint: String?
        public var details: ErrorDetails

        init(_ error: any CodedError, hint: String?) {
            code = error.errorCode.rawValue
            kind = error.errorCode.kind.rawValue
            message = error.message
            self.hint = hint
            details = error.details
        }

        enum CodingKeys: String, CodingKey { case code, kind, message, hint }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(code, forKey: .code)
            try container.encode(kind, forKey: .kind)
            try container.encode(message, forKey: .message)
            try container.encodeIfPresent(hint, forKey: .hint)
            try details.encode(to: encoder)
        }
    }
}
