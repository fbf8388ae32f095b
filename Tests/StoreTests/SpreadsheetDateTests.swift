import Catalog
import Testing

@testable import Store

/// An import reads the ledger's own form of a date and time as bytes; every text must read as
/// the general parser reads it, and a text it refuses stays refused.
@Suite struct SpreadsheetDateTests {
    static let texts = [
        "2026-10-12T09:30", "2026-10-12 09:30", "2026-10-12T23:59", "2026-10-12T24:00", "2026-10-12T09:60",
        "2026-02-29T09:30", "2028-02-29T09:30", "2026-13-01T09:30", "2026-00-10T09:30", "2026-10-32T09:30",
        "2026-10-12X09:30", "2026-10-12T0930a", "2026/10/12 9:30", "2026/1/5", "2026-10-12", "2026-10-12T9:30",
        "2026-1a-12T09:30", "+026-10-12T09:30", "2026-10-12T-9:30", "2026-10-12T09:3", "２０２６-10-12T09:30",
        "2026-10-12T09:30:15", "2026-10-12  09:30", " 2026-10-12T09:30", "",
    ]

    @Test func theLedgerFormReadsAsTheGeneralParserReadsIt() {
        for text in Self.texts {
            #expect(SpreadsheetValue.dateTime(text) == SpreadsheetValue.generalDateTime(text), "\(text)")
        }
        #expect(SpreadsheetValue.dateTime("2026-10-12T09:30")?.description == "2026-10-12T09:30")
        #expect(SpreadsheetValue.dateTime("2026-10-12T24:00") == nil)
    }

    /// A cell's spaces and tabs are trimmed (`trimmingSpaces`), or every kind of space
    /// (`trimmingWhitespace`, full-width ones too); a cell with an ASCII letter at each end is
    /// answered from its bytes, and must come out the same.
    @Test func cellsAreTrimmedOnlyWhenPadded() {
        #expect("学生证补办".trimmingSpaces == "学生证补办")
        #expect(" dorm-repair\t".trimmingSpaces == "dorm-repair")
        #expect("\u{3000}一卡通挂失\u{3000}".trimmingSpaces == "\u{3000}一卡通挂失\u{3000}")
        #expect("\u{3000}一卡通挂失\u{3000}".trimmingWhitespace == "一卡通挂失")
        #expect("a\u{3000}".trimmingWhitespace == "a")
        #expect("dorm-repair".trimmingWhitespace == "dorm-repair")
        #expect("\tx y\u{00A0}".trimmingWhitespace == "x y")
        #expect("a b".trimmingSpaces == "a b")
        #expect("x ".trimmingSpaces == "x")
        #expect(" ".trimmingSpaces == "")
    }
}

/// The blanks an import trims are Unicode's space separators and the tab, listed by value.
@Suite struct StringTrimmingTests {
    @Test func theListedBlanksAreTheSpaceSeparatorsAndTheTab() {
        let differing = (UInt32(0)...0x10FFFF).compactMap(Unicode.Scalar.init).filter { scalar in
            String.isBlank(scalar) != (scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator)
        }
        #expect(differing.isEmpty, "\(differing.map { "U+\(String($0.value, radix: 16))" })")
        #expect(String.isBlank("\u{3000}") && !String.isBlank("王") && !String.isBlank(nil))
    }
}
