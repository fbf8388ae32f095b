extension QRCode {
    /// Why a text cannot be encoded.
    public enum EncodingError: Error, Sendable, Equatable {
        /// The UTF-8 text has `bytes` bytes, but version 40 holds at most `limit` at the requested level.
        case tooLong(bytes: Int, limit: Int)
    }
}
