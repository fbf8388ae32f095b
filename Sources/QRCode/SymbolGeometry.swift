/// Version-dependent dimensions of a QR code symbol (ISO/IEC 18004 section 6 and Annex E).
enum SymbolGeometry {
    static let versions = 1...40

    static func size(version: Int) -> Int { 4 * version + 17 }

    /// Center coordinates (rows and columns alike) of the alignment patterns; empty for version 1.
    /// Annex E spaces them evenly from column 6 to size − 7, with an even step rounded up;
    /// this closed form reproduces the table, including the irregular version 32.
    static func alignmentCenters(version: Int) -> [Int] {
        guard version > 1 else { return [] }
        let count = version / 7 + 2
        let step = (version * 8 + count * 3 + 5) / (count * 4 - 4) * 2
        let last = size(version: version) - 7
        return [6] + (0..<count - 1).reversed().map { last - $0 * step }
    }

    /// Modules left for codewords and remainder bits once all function patterns are placed.
    static func dataModuleCount(version: Int) -> Int {
        var modules = (16 * version + 128) * version + 64
        if version >= 2 {
            let alignmentCount = version / 7 + 2
            // Alignment patterns, minus the overlap of those crossing the timing patterns.
            modules -= (25 * alignmentCount - 10) * alignmentCount - 55
        }
        if version >= 7 { modules -= 36 }  // two 6×3 version information blocks
        return modules
    }

    /// Width of the byte mode character count indicator (ISO/IEC 18004 Table 3).
    static func byteCountIndicatorLength(version: Int) -> Int { version < 10 ? 8 : 16 }

    /// The most UTF-8 bytes a symbol can hold in byte mode: 4 mode bits, the count, then 8 bits per byte.
    static func byteCapacity(version: Int, correction: QRCode.Correction) -> Int {
        let dataBits = ErrorCorrectionTable.layout(version: version, correction: correction).dataCodewords * 8
        return (dataBits - 4 - byteCountIndicatorLength(version: version)) / 8
    }
}
