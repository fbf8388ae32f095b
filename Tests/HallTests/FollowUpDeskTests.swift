import Catalog
import Foundation
import Hall
import Store
import Testing

/// Referrals, complaints and repairs through the hall: the sentence after each change (which
/// shows no personal data), the record as JSON and the list, masked unless disclosed.
@Suite struct FollowUpDeskTests {
    let fixture: HallFixture
    var desk: FollowUpDesk { FollowUpDesk(ledger: fixture.ledger) }

    init() throws { fixture = try HallFixture() }

    static func at(_ text: String) -> CivilDateTime { HallFixture.at(text) }

    @Test func aReferralIsRecordedAnsweredAndListed() throws {
        defer { fixture.remove() }
        let added = try desk.refer(
            question: "饭卡丢了怎么办", student: "2021040123", window: 1, sentTo: "现代教育技术中心",
            at: Self.at("2026-09-28T09:30"), by: "w01-b1")
        #expect(FollowUpChange(added, .added).text == "已记录首问转办 #1，应于 2026-09-29 前反馈学生\n")
        let json = FollowUpChange(added, .added).json(try fixture.mask)
        #expect(!json.contains("2021040123"))
        GoldenFile.check(json, name: "referral-added.json")
        let answered = try desk.answerReferral(1, answer: "已挂失", at: Self.at("2026-09-28T11:00"), by: "w01-b1")
        #expect(FollowUpChange(answered, .closed).text == "首问转办 #1 已反馈\n")
        let list = FollowUpList(try desk.referrals(), mask: try fixture.mask)
        #expect(list.text == "#1  饭卡丢了怎么办  → 现代教育技术中心  期限 2026-09-29  已反馈 2026-09-28T11:00\n")
        #expect(FollowUpList([ReferralRecord](), mask: try fixture.mask).text == "没有记录\n")
    }

    @Test func aComplaintAndARepairSayTheirDueDates() throws {
        defer { fixture.remove() }
        let complaint = try desk.complain(
            about: "1号窗口", text: "态度生硬", student: nil, window: 1, at: Self.at("2026-09-28T09:30"), by: "w01-a")
        #expect(FollowUpChange(complaint, .added).text == "已登记投诉 #1，应于 \(complaint.due) 前答复\n")
        let answered = try desk.answerComplaint(1, answer: "已约谈", at: Self.at("2026-09-29T09:30"), by: "w01-a")
        #expect(FollowUpChange(answered, .closed).text == "投诉 #1 已答复\n")
        let repair = try desk.reportRepair(
            location: "9栋312", description: "水龙头漏水", student: "2021040123", at: Self.at("2026-09-28T09:30"),
            by: "w01-a")
        #expect(FollowUpChange(repair, .added).text == "已登记报修 #1，应于 \(repair.due) 前修复\n")
        let done = try desk.finishRepair(1, at: Self.at("2026-09-29T09:30"), by: "w01-a")
        #expect(FollowUpChange(done, .closed).text == "报修 #1 已修复\n")
        GoldenFile.check(FollowUpList(try desk.repairs(), mask: try fixture.mask).json, name: "repairs.json")
        #expect(try desk.complaints().count == 1)
    }

    @Test func theAsyncDeskClosesTheSameRecord() async throws {
        defer { fixture.remove() }
        let repair = try await desk.perform { desk throws(LedgerError) in
            try desk.reportRepair(
                location: "9栋312", description: "灯坏了", student: nil, at: Self.at("2026-09-28T09:30"), by: "w01-a")
        }
        let id = try #require(repair.id)
        let done = try await desk.perform { desk throws(LedgerError) in
            try desk.finishRepair(id, at: Self.at("2026-09-28T15:00"), by: "w01-a")
        }
        #expect(done.doneAt == "2026-09-28T15:00")
    }
}
