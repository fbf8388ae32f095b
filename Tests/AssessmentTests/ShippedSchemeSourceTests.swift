import Assessment
import Testing

/// A scheme's source says only what the seed says.
@Suite struct ShippedSchemeSourceTests {
    /// Seed 004 gives the 武隆 rules no date; "2013" came from an example in the docs.
    @Test func wulongHasNoInventedDate() {
        #expect(SchemeFixture.scheme("wulong-monthly").sourceDate == nil)
    }
}
