import Catalog
import Notice
import Testing

/// A notice whose due date falls in a year the calendar does not cover is still printed, and
/// says in every format that the date is provisional.
@Suite struct ProvisionalNoticeTests {
    static let engine = try? NoticeEngine(catalog: CatalogFixture.catalog)
    static let serviceIDs = CatalogFixture.catalog.services.map(\.id).sorted()
    static let note = "暂按法定节假日推算，待公布调休安排后确认"

    @Test(arguments: serviceIDs)
    func noticeDatedIn2027IsPrintedWithAProvisionalDueDate(_ id: String) throws {
        let engine = try #require(Self.engine)
        let notice = try engine.notice(
            for: NoticeRequest(service: id, submitted: #require(CivilDateTime("2027-01-04T10:00"))))
        let limit = try #require(notice.timeLimit, "an accepted notice has a time limit")
        // Wall-clock hour limits (repairs) do not depend on the holidays.
        guard limit.kind != "hours" else {
            #expect(!limit.provisional)
            #expect(!notice.rendered(as: .text).contains(Self.note))
            return
        }
        #expect(limit.provisional)
        #expect(limit.provisionalNote == Self.note)
        for format in NoticeFormat.allCases {
            #expect(notice.rendered(as: format).contains(Self.note), "\(id) \(format)")
        }
        #expect(notice.rendered(as: .json).contains("\"provisional\" : true"))
    }

    @Test func dueDateReachingIntoTheNextYearIsProvisional() throws {
        let engine = try #require(Self.engine)
        let late = try engine.notice(
            for: NoticeRequest(
                service: "student-id-replacement", submitted: #require(CivilDateTime("2026-12-28T10:00"))))
        #expect(try #require(late.timeLimit).provisional)
        #expect(late.rendered(as: .text).contains("（\(Self.note)）"))
        let early = try engine.notice(
            for: NoticeRequest(
                service: "student-id-replacement", submitted: #require(CivilDateTime("2026-11-23T10:00"))))
        let earlyLimit = try #require(early.timeLimit)
        #expect(!earlyLimit.provisional)
        #expect(earlyLimit.provisionalNote == nil)
        for format in NoticeFormat.allCases { #expect(!early.rendered(as: format).contains(Self.note)) }
    }
}
