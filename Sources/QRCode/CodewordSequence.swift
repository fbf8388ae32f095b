/// Builds the final codeword sequence of ISO/IEC 18004 sections 7.4–7.6: the byte mode bit stream padded to the
/// data capacity, split into blocks, each followed by its error correction, and interleaved.
enum CodewordSequence {
    private static let byteModeIndicator = 0b0100
    /// Alternating pad codewords that fill unused data capacity (section 7.4.10).
    private static let padCodewords: [UInt8] = [0xEC, 0x11]

    /// The padded data codewords for `bytes` in one byte mode segment; the caller guarantees they fit.
    static func dataCodewords(for bytes: [UInt8], version: Int, correction: QRCode.Correction) -> [UInt8] {
        let capacityBits = ErrorCorrectionTable.layout(version: version, correction: correction).dataCodewords * 8
        var buffer = BitBuffer()
        buffer.append(byteModeIndicator, length: 4)
        buffer.append(bytes.count, length: SymbolGeometry.byteCountIndicatorLength(version: version))
        for byte in bytes { buffer.append(Int(byte), length: 8) }
        precondition(buffer.count <= capacityBits, "data exceeds the symbol capacity")
        // Terminator: up to four zero bits, fewer if the symbol is already full.
        buffer.append(0, length: min(4, capacityBits - buffer.count))
        buffer.append(0, length: (8 - buffer.count % 8) % 8)
        var codewords = buffer.bytes
        for padIndex in 0..<(capacityBits / 8 - codewords.count) {
            codewords.append(padCodewords[padIndex % 2])
        }
        return codewords
    }

    /// Splits data codewords into blocks, appends Reed–Solomon codewords and interleaves both parts.
    static func interleaved(data: [UInt8], version: Int, correction: QRCode.Correction) -> [UInt8] {
        let layout = ErrorCorrectionTable.layout(version: version, correction: correction)
        precondition(data.count == layout.dataCodewords, "data codeword count does not match the layout")
        let encoder = ReedSolomonEncoder(degree: layout.errorCorrectionPerBlock)

        var dataBlocks: [[UInt8]] = []
        var start = 0
        for blockIndex in 0..<layout.blockCount {
            let length = layout.shortBlockDataCount + (blockIndex < layout.shortBlockCount ? 0 : 1)
            dataBlocks.append(Array(data[start..<start + length]))
            start += length
        }
        let correctionBlocks = dataBlocks.map(encoder.errorCorrection(for:))

        var result: [UInt8] = []
        result.reserveCapacity(layout.totalCodewords)
        // Column-wise reading: codeword i of every block, then i + 1; short blocks simply run out earlier.
        for index in 0..<layout.shortBlockDataCount + 1 {
            for block in dataBlocks where index < block.count { result.append(block[index]) }
        }
        for index in 0..<layout.errorCorrectionPerBlock {
            for block in correctionBlocks { result.append(block[index]) }
        }
        return result
    }
}
