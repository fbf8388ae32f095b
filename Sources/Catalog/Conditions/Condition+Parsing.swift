extension Condition {
    /// Why a condition's text cannot be read: where (in Unicode scalars of the text) and why.
    public struct SyntaxError: Error, Sendable {
        public var message: String
        public var offset: Int
        /// Over `maximumTerms` comparisons or list values, rather than malformed.
        public var isTooLong: Bool
    }

    /// A condition parsed from its text alone, outside a catalog file (the fuzzer's entry).
    public init(parsing text: String, at location: SourceLocation) throws(SyntaxError) {
        do {
            self.init(source: text, expression: try ConditionParser.parse(text), location: location)
        } catch {
            throw SyntaxError(message: error.message, offset: error.offset, isTooLong: error.kind == .tooLong)
        }
    }
}
