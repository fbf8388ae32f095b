import Testing

@testable import QRCode

/// Our symbols must equal segno's module for module, with forced masks and with the mask chosen by penalty.
@Suite struct SegnoMatrixTests {
    @Test(arguments: Fixtures.namedCases)
    func matchesSegno(_ fixture: Fixtures.NamedCase) throws {
        let code = try QRCode(
            encoding: fixture.text, correction: Fixtures.correction(fixture.correction), mask: fixture.mask)
        #expect(code.version == fixture.version)
        #expect(code.mask == fixture.expectedMask)
        #expect(code.matrixText == (try Fixtures.matrixText(named: fixture.name)))
    }

    @Test(arguments: Fixtures.sweepCases)
    func everyVersionAndLevelMatchesSegno(_ fixture: Fixtures.SweepCase) throws {
        let text = fixture.text
        #expect(text.utf8.count == fixture.byteCount)
        let code = try QRCode(encoding: text, correction: Fixtures.correction(fixture.correction))
        #expect(code.version == fixture.version)
        #expect(code.mask == fixture.expectedMask)
        #expect(fnv1a64(code.matrixText) == fixture.digest)
    }

    @Test func publicInitializerChoosesMaskLikeSegno() throws {
        let fixture = try #require(Fixtures.namedCases.first { $0.name == "url-M-auto" })
        let code = try QRCode(encoding: fixture.text)
        #expect(code.size == 4 * fixture.version + 17)
        #expect(code.matrixText == (try Fixtures.matrixText(named: fixture.name)))
    }
}
