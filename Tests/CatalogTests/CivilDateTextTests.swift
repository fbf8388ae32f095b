import Catalog
import Testing

/// `CivilDate` reads and writes `YYYY-MM-DD` by bytes; it must agree with the plain reading.
@Suite struct CivilDateTextTests {
    /// The reading by parts, as the general path does it.
    static func byParts(_ text: String) -> CivilDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    @Test func everyDayOfTwoYearsReadsBackAsWritten() throws {
        var day = try #require(CivilDate(year: 2027, month: 12, day: 31))
        for _ in 0..<800 {
            let text = day.description
            #expect(text.utf8.count == 10)
            #expect(CivilDate(text) == day, "\(text)")
            #expect(Self.byParts(text) == day, "\(text)")
            day = day.adding(days: -1)
        }
    }

    @Test func oddTextsAreReadAsTheGeneralPathReadsThem() {
        let texts = [
            "2026-02-29", "2028-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "0001-01-01", "9999-12-31",
            "2026-+1-05", "2026-1-05", "2026-01-5", "2026/01/05", "2026-01-05 ", " 2026-01-05", "２０２６-01-05",
            "", "2026-01", "abcd-ef-gh", "2026--1-01", "20260105",
        ]
        for text in texts {
            #expect(CivilDate(text) == Self.byParts(text), "\(text)")
        }
    }

    @Test func yearsOutsideFourDigitsAreStillPadded() throws {
        #expect(try #require(CivilDate(year: 7, month: 3, day: 9)).description == "0007-03-09")
        #expect(try #require(CivilDate(year: 12345, month: 3, day: 9)).description == "12345-03-09")
    }
}
