import Testing

@testable import QRCode

/// Checks the compact tables against segno's full Table 9 and Annex E, for all 160 version/level pairs.
@Suite struct TableTests {
    @Test func blockLayoutsMatchSegno() {
        for row in Fixtures.tableRows {
            let layout = ErrorCorrectionTable.layout(
                version: row.version, correction: Fixtures.correction(row.correction))
            var expected: [[Int]] = []
            if layout.shortBlockCount > 0 {
                let total = layout.shortBlockDataCount + layout.errorCorrectionPerBlock
                expected.append([layout.shortBlockCount, total, layout.shortBlockDataCount])
            }
            if layout.blockCount > layout.shortBlockCount {
                let total = layout.shortBlockDataCount + 1 + layout.errorCorrectionPerBlock
                expected.append([layout.blockCount - layout.shortBlockCount, total, layout.shortBlockDataCount + 1])
            }
            #expect(expected == row.blockGroups, "version \(row.version)-\(row.correction)")
        }
    }

    @Test func alignmentCentersMatchSegno() {
        for row in Fixtures.tableRows {
            #expect(
                SymbolGeometry.alignmentCenters(version: row.version) == row.alignmentCenters, "version \(row.version)")
        }
    }

    @Test func byteCapacitiesAtTheExtremes() {
        #expect(SymbolGeometry.byteCapacity(version: 1, correction: .low) == 17)
        #expect(SymbolGeometry.byteCapacity(version: 1, correction: .high) == 7)
        #expect(SymbolGeometry.byteCapacity(version: 40, correction: .low) == 2953)
        #expect(SymbolGeometry.byteCapacity(version: 40, correction: .high) == 1273)
    }
}
