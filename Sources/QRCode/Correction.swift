extension QRCode {
    /// Error correction level: the share of codewords that can be restored (about 7 %, 15 %, 25 % and 30 %).
    public enum Correction: Sendable, Hashable, CaseIterable {
        case low
        case medium
        case quartile
        case high

        /// The two-bit indicator in the format information; ISO/IEC 18004 Table 12 orders it M, L, H, Q.
        var formatIndicator: Int {
            switch self {
            case .low: 0b01
            case .medium: 0b00
            case .quartile: 0b11
            case .high: 0b10
            }
        }
    }
}
