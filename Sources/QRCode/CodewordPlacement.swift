/// Codeword placement of ISO/IEC 18004 section 7.7.3.
extension ModuleGrid {
    /// Places the bits, most significant first, in two-module-wide columns from the right edge, alternately
    /// upwards and downwards, skipping function modules and the vertical timing column. Modules left over at the
    /// end are the remainder bits and stay light (0) before masking.
    mutating func placeCodewords(_ codewords: [UInt8]) {
        let bitCount = codewords.count * 8
        var bitIndex = 0
        var rightColumn = size - 1
        var upwards = true
        while rightColumn >= 1 {
            if rightColumn == 6 { rightColumn = 5 }
            for step in 0..<size {
                let row = upwards ? size - 1 - step : step
                for column in stride(from: rightColumn, through: rightColumn - 1, by: -1)
                where !isFunction(row: row, column: column) {
                    guard bitIndex < bitCount else { continue }
                    let bit = codewords[bitIndex / 8] >> (7 - bitIndex % 8) & 1
                    setData(row: row, column: column, dark: bit == 1)
                    bitIndex += 1
                }
            }
            rightColumn -= 2
            upwards.toggle()
        }
        assert(bitIndex == bitCount, "the symbol has fewer data modules than codeword bits")
    }
}
