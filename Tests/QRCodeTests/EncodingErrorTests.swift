import Testing

@testable import QRCode

@Suite struct EncodingErrorTests {
    @Test(arguments: [
        (QRCode.Correction.low, 2953), (.medium, 2331), (.quartile, 1663), (.high, 1273),
    ])
    func rejectsTextBeyondVersion40(correction: QRCode.Correction, limit: Int) throws {
        let fitting = try QRCode(encoding: String(repeating: "a", count: limit), correction: correction)
        #expect(fitting.version == 40)
        #expect(throws: QRCode.EncodingError.tooLong(bytes: limit + 1, limit: limit)) {
            try QRCode(encoding: String(repeating: "a", count: limit + 1), correction: correction)
        }
    }

    @Test func limitCountsUTF8Bytes() {
        // Each of these characters takes three bytes in UTF-8.
        #expect(throws: QRCode.EncodingError.tooLong(bytes: 1275, limit: 1273)) {
            try QRCode(encoding: String(repeating: "证", count: 425), correction: .high)
        }
    }

    @Test func emptyTextFitsVersion1() throws {
        #expect(try QRCode(encoding: "").version == 1)
    }
}
