import Testing

@testable import QRCode

/// Known answers for the building blocks, from the worked examples in ISO/IEC 18004 and common references.
@Suite struct PrimitiveTests {
    @Test func galoisFieldWrapsAtThePrimitivePolynomial() {
        #expect(GaloisField.exponents[8] == 0x1D)
        #expect(GaloisField.multiply(0x80, 0x02) == 0x1D)
        #expect(GaloisField.multiply(0x53, 0) == 0)
        for value in 1...255 {
            let byte = UInt8(value)
            #expect(GaloisField.multiply(byte, GaloisField.exponents[255 - GaloisField.logarithms[value]]) == 1)
        }
    }

    /// "HELLO WORLD" as version 1-M in alphanumeric mode, the classic worked example.
    @Test func reedSolomonKnownAnswer() {
        let data: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        let expected: [UInt8] = [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
        #expect(ReedSolomonEncoder(degree: 10).errorCorrection(for: data) == expected)
    }

    @Test func formatInformationKnownAnswers() {
        #expect(FormatInformation.bits(correction: .medium, mask: DataMask(index: 0)) == 0b101_0100_0001_0010)
        #expect(FormatInformation.bits(correction: .low, mask: DataMask(index: 4)) == 0b110_0110_0010_1111)
        #expect(FormatInformation.bits(correction: .high, mask: DataMask(index: 7)) == 0b000_1000_0011_1011)
    }

    @Test func versionInformationKnownAnswers() {
        #expect(VersionInformation.bits(version: 7) == 0x07C94)
        #expect(VersionInformation.bits(version: 40) == 0x28C69)
    }

    @Test func bitBufferPacksMostSignificantBitFirst() {
        var buffer = BitBuffer()
        buffer.append(0b0100, length: 4)
        buffer.append(0x5A, length: 8)
        buffer.append(0, length: 4)
        #expect(buffer.bytes == [0x45, 0xA0])
    }

    @Test func dataCodewordsArePaddedAlternately() {
        let codewords = CodewordSequence.dataCodewords(for: Array("A".utf8), version: 1, correction: .high)
        #expect(codewords == [0x40, 0x14, 0x10, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11])
    }

    @Test func penaltyRulesOnHandMadeLines() {
        #expect(MaskPenalty.sameColorRuns(in: [true, true, true, true, true, false]) == 3)
        #expect(MaskPenalty.sameColorRuns(in: Array(repeating: false, count: 7)) == 5)
        let finderLike = [true, false, true, true, true, false, true]
        #expect(MaskPenalty.finderLikePatterns(in: [false, false, false, false] + finderLike + [true]) == 40)
        #expect(MaskPenalty.finderLikePatterns(in: [true] + finderLike + [true]) == 0)
        #expect(MaskPenalty.finderLikePatterns(in: finderLike) == 40)
    }
}
