/// How a symbol's codewords are split into Reed–Solomon blocks (ISO/IEC 18004 Table 9).
struct BlockLayout: Sendable, Equatable {
    let blockCount: Int
    let errorCorrectionPerBlock: Int
    let totalCodewords: Int

    /// Blocks that get one data codeword fewer than the rest; they come first in the symbol.
    var shortBlockCount: Int { blockCount - totalCodewords % blockCount }
    var shortBlockDataCount: Int { totalCodewords / blockCount - errorCorrectionPerBlock }
    var dataCodewords: Int { totalCodewords - blockCount * errorCorrectionPerBlock }
}

/// The per-version, per-level block parameters. Table 9 lists two block groups; they always differ by exactly one
/// data codeword, so the error correction length and the block count determine the whole layout.
enum ErrorCorrectionTable {
    static func layout(version: Int, correction: QRCode.Correction) -> BlockLayout {
        precondition(SymbolGeometry.versions.contains(version), "version out of range")
        let row: (perBlock: [Int], blocks: [Int]) =
            switch correction {
            case .low: (lowPerBlock, lowBlocks)
            case .medium: (mediumPerBlock, mediumBlocks)
            case .quartile: (quartilePerBlock, quartileBlocks)
            case .high: (highPerBlock, highBlocks)
            }
        return BlockLayout(
            blockCount: row.blocks[version - 1],
            errorCorrectionPerBlock: row.perBlock[version - 1],
            totalCodewords: SymbolGeometry.dataModuleCount(version: version) / 8
        )
    }

    // Error correction codewords per block, versions 1–40.
    private static let lowPerBlock = [
        7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
        28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    ]
    private static let mediumPerBlock = [
        10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
        26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
    ]
    private static let quartilePerBlock = [
        13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
        28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    ]
    private static let highPerBlock = [
        17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
        30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    ]

    // Number of Reed–Solomon blocks, versions 1–40.
    private static let lowBlocks = [
        1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8,
        8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25,
    ]
    private static let mediumBlocks = [
        1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
        17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
    ]
    private static let quartileBlocks = [
        1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20,
        23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68,
    ]
    private static let highBlocks = [
        1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
        25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81,
    ]
}
