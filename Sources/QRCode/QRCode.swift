/// A QR code symbol (ISO/IEC 18004 model 2) holding a text in byte mode as UTF-8.
///
/// The smallest version that fits is chosen, and of the eight data masks the one with the lowest penalty.
public struct QRCode: Sendable, Equatable {
    /// Symbol version, 1...40.
    public let version: Int
    /// Modules per side, 21...177, without quiet zone.
    public let size: Int
    public let correction: Correction
    /// Index of the applied data mask, 0...7.
    let mask: Int
    private let grid: ModuleGrid

    public init(encoding text: String, correction: Correction = .medium) throws(EncodingError) {
        try self.init(encoding: text, correction: correction, mask: nil)
    }

    /// `mask` forces a data mask instead of choosing by penalty; meant for tests against reference encoders.
    init(encoding text: String, correction: Correction, mask forcedMask: Int?) throws(EncodingError) {
        let bytes = Array(text.utf8)
        guard
            let version = SymbolGeometry.versions.first(where: {
                bytes.count <= SymbolGeometry.byteCapacity(version: $0, correction: correction)
            })
        else {
            let limit = SymbolGeometry.byteCapacity(version: SymbolGeometry.versions.upperBound, correction: correction)
            throw .tooLong(bytes: bytes.count, limit: limit)
        }
        let data = CodewordSequence.dataCodewords(for: bytes, version: version, correction: correction)
        var unmasked = ModuleGrid(functionPatternsFor: version)
        unmasked.placeCodewords(CodewordSequence.interleaved(data: data, version: version, correction: correction))

        let mask = forcedMask.map(DataMask.init(index:)) ?? Self.lowestPenaltyMask(for: unmasked)
        var grid = unmasked.applying(mask)
        grid.drawInformation(version: version, correction: correction, mask: mask)

        self.version = version
        self.size = grid.size
        self.correction = correction
        self.mask = mask.index
        self.grid = grid
    }

    /// Whether the module at (row, column) is dark; both are 0-based from the top-left, without quiet zone.
    public func isDark(row: Int, column: Int) -> Bool {
        grid.isDark(row: row, column: column)
    }

    /// All modules, row by row; `true` is dark.
    public var modules: [[Bool]] {
        (0..<size).map { row in (0..<size).map { grid.isDark(row: row, column: $0) } }
    }

    /// Ties go to the lower mask index, like segno and most encoders.
    private static func lowestPenaltyMask(for unmasked: ModuleGrid) -> DataMask {
        var best = DataMask.all[0]
        var bestScore = Int.max
        for mask in DataMask.all {
            let score = MaskPenalty.score(unmasked.applying(mask))
            if score < bestScore {
                best = mask
                bestScore = score
            }
        }
        return best
    }
}
