/// Drawing of the function patterns of ISO/IEC 18004 section 6.3.
extension ModuleGrid {
    /// A grid with finders, separators, timing and alignment patterns drawn, and the format information,
    /// dark module and version information areas reserved as light. Masks are evaluated on this state.
    init(functionPatternsFor version: Int) {
        self.init(size: SymbolGeometry.size(version: version))
        drawTimingPatterns()
        drawFinderPattern(centerRow: 3, centerColumn: 3)
        drawFinderPattern(centerRow: 3, centerColumn: size - 4)
        drawFinderPattern(centerRow: size - 4, centerColumn: 3)
        drawAlignmentPatterns(version: version)
        for (row, column) in FormatInformation.positions(size: size).flatMap({ $0 }) {
            setFunction(row: row, column: column, dark: false)
        }
        setFunction(row: size - 8, column: 8, dark: false)
        if version >= 7 {
            for (row, column) in VersionInformation.positions(size: size).flatMap({ $0 }) {
                setFunction(row: row, column: column, dark: false)
            }
        }
    }

    /// Row 6 and column 6 alternate dark and light; finders later overwrite their ends.
    private mutating func drawTimingPatterns() {
        for index in 0..<size {
            setFunction(row: 6, column: index, dark: index % 2 == 0)
            setFunction(row: index, column: 6, dark: index % 2 == 0)
        }
    }

    /// The 7×7 finder plus its one-module light separator, clipped at the symbol edge.
    private mutating func drawFinderPattern(centerRow: Int, centerColumn: Int) {
        for rowOffset in -4...4 {
            for columnOffset in -4...4 {
                let row = centerRow + rowOffset
                let column = centerColumn + columnOffset
                guard (0..<size).contains(row), (0..<size).contains(column) else { continue }
                let ring = max(abs(rowOffset), abs(columnOffset))
                setFunction(row: row, column: column, dark: ring != 2 && ring != 4)
            }
        }
    }

    /// 5×5 alignment patterns at every pair of centers except the three corners occupied by finders.
    private mutating func drawAlignmentPatterns(version: Int) {
        let centers = SymbolGeometry.alignmentCenters(version: version)
        guard let first = centers.first, let last = centers.last else { return }
        for centerRow in centers {
            for centerColumn in centers {
                let overlapsFinder =
                    (centerRow == first && centerColumn == first) || (centerRow == first && centerColumn == last)
                    || (centerRow == last && centerColumn == first)
                guard !overlapsFinder else { continue }
                for rowOffset in -2...2 {
                    for columnOffset in -2...2 {
                        let ring = max(abs(rowOffset), abs(columnOffset))
                        setFunction(row: centerRow + rowOffset, column: centerColumn + columnOffset, dark: ring != 1)
                    }
                }
            }
        }
    }

    /// Writes the final format information, the dark module and (version 7+) the version information.
    mutating func drawInformation(version: Int, correction: QRCode.Correction, mask: DataMask) {
        let formatBits = FormatInformation.bits(correction: correction, mask: mask)
        for copy in FormatInformation.positions(size: size) {
            for (bit, (row, column)) in copy.enumerated() {
                setFunction(row: row, column: column, dark: (formatBits >> bit) & 1 == 1)
            }
        }
        setFunction(row: size - 8, column: 8, dark: true)
        guard version >= 7 else { return }
        let versionBits = VersionInformation.bits(version: version)
        for copy in VersionInformation.positions(size: size) {
            for (bit, (row, column)) in copy.enumerated() {
                setFunction(row: row, column: column, dark: (versionBits >> bit) & 1 == 1)
            }
        }
    }
}
