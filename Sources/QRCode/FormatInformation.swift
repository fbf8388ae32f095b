/// The 15-bit format information (ISO/IEC 18004 section 7.9): level and mask, protected by a BCH(15,5) code.
enum FormatInformation {
    private static let generator = 0b101_0011_0111
    /// XOR-ed in so that the format information is never all light.
    private static let xorMask = 0b101_0100_0001_0010

    static func bits(correction: QRCode.Correction, mask: DataMask) -> Int {
        let data = correction.formatIndicator << 3 | mask.index
        return (data << 10 | bchRemainder(data, generator: generator, degree: 10)) ^ xorMask
    }

    /// Module positions (row, column) of both copies; element i of each copy holds bit i, bit 0 least significant.
    static func positions(size: Int) -> [[(Int, Int)]] {
        // Around the top-left finder: down column 8 (skipping the timing row), then left along row 8.
        let nearTopLeft =
            (0...5).map { ($0, 8) } + [(7, 8), (8, 8), (8, 7)] + (9..<15).map { (8, 14 - $0) }
        // Split copy: right to left along row 8 under the top-right finder, then down column 8 at the bottom.
        let split = (0..<8).map { (8, size - 1 - $0) } + (8..<15).map { (size - 15 + $0, 8) }
        return [nearTopLeft, split]
    }
}

/// The 18-bit version information of versions 7–40 (section 7.10), protected by a BCH(18,6) code.
enum VersionInformation {
    private static let generator = 0b1_1111_0010_0101

    static func bits(version: Int) -> Int {
        version << 12 | bchRemainder(version, generator: generator, degree: 12)
    }

    /// Positions (row, column) of the 6×3 block above the bottom-left finder and its transpose left of the
    /// top-right finder; element i holds bit i.
    static func positions(size: Int) -> [[(Int, Int)]] {
        let topRight = (0..<18).map { ($0 / 3, size - 11 + $0 % 3) }
        return [topRight, topRight.map { ($0.1, $0.0) }]
    }
}

/// The remainder of `data` · x^degree modulo `generator`, polynomials over GF(2) encoded as bit masks.
private func bchRemainder(_ data: Int, generator: Int, degree: Int) -> Int {
    var remainder = data << degree
    for shift in stride(from: degree, through: 0, by: -1) where remainder & (1 << (shift + degree)) != 0 {
        remainder ^= generator << shift
    }
    return remainder
}
