import Assessment
import Catalog
import Foundation
import GRDB
import Hall
import Store
import Testing

/// The quality report on a ledger made by hand, whose rates are known: window 1 has a late
/// case, a case paused for 补正, a refusal brought again (返工) and a complaint; window 2 one
/// perfect case; window 3 nothing.
@Suite struct QualityReportingTests {
    let fixture: HallFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try HallFixture() }

    static func at(_ text: String) -> CivilDateTime { HallFixture.at(text) }

    func accept(_ student: String, at time: String, window: Int = 1, service: String = "学生证补办") throws -> Int64 {
        let by = window == 1 ? "w01-a" : "w02-a"
        let request = AcceptRequest(
            service: service, window: window, studentNumber: student, studentName: nil, post: .a, at: Self.at(time),
            by: by)
        return try #require(try ledger.accept(request).id)
    }

    func rate(_ caseID: Int64, window: Int, level: String, at time: String) throws {
        _ = try ledger.database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO rating (case_id, window_number, staff, level, channel, rated_at)
                    VALUES (?, ?, 'w01-a', ?, 'online', ?)
                    """, arguments: [caseID, window, level, time])
        }
    }

    /// The hand-made ledger; returns the case ids by name.
    func makeLedger() throws {
        // September: one case completed in the month before (the trend's, not October's).
        let september = try accept("2021040100", at: "2026-09-01T09:00")
        _ = try ledger.complete(september, at: Self.at("2026-09-02T10:00"), by: "w01-a")
        try rate(september, window: 1, level: "very_dissatisfied", at: "2026-09-30T10:00")
        // Accepted 2026-09-28: due 2026-10-10 (National Day, then the make-up working day).
        let onTime = try accept("2021040101", at: "2026-09-28T09:00")
        let late = try accept("2021040102", at: "2026-09-28T09:00")
        let corrected = try accept("2021040103", at: "2026-09-28T09:00")
        let refused = try accept("2021040104", at: "2026-09-28T09:00")
        let complained = try accept("2021040105", at: "2026-09-28T09:00")
        #expect(try ledger.show(late).record.due == "2026-10-10")
        _ = try ledger.complete(onTime, at: Self.at("2026-10-09T10:00"), by: "w01-a")
        _ = try ledger.complete(late, at: Self.at("2026-10-12T10:00"), by: "w01-a")
        _ = try ledger.pause(corrected, at: Self.at("2026-09-29T10:00"), by: "w01-a", reason: "照片不合格")
        _ = try ledger.resume(corrected, at: Self.at("2026-09-29T15:00"), by: "w01-a")
        _ = try ledger.complete(corrected, at: Self.at("2026-10-09T10:00"), by: "w01-a")
        _ = try ledger.refuse(refused, code: "not-enrolled", at: Self.at("2026-10-08T10:00"), by: "w01-a")
        _ = try accept("2021040104", at: "2026-10-13T09:00")  // brought again: still open
        _ = try ledger.complete(complained, at: Self.at("2026-10-09T10:00"), by: "w01-a")
        _ = try ledger.addComplaint(
            about: "1号窗口", text: "补办太慢", student: "2021040105", window: 1, at: Self.at("2026-10-15T10:00"),
            by: "w01-a")
        try rate(onTime, window: 1, level: "very_satisfied", at: "2026-10-09T11:00")
        try rate(late, window: 1, level: "satisfied", at: "2026-10-12T11:00")
        try rate(corrected, window: 1, level: "dissatisfied", at: "2026-10-09T12:00")
        try rate(complained, window: 1, level: "basically_satisfied", at: "2026-10-09T13:00")
        // Window 2: one case completed on its day of acceptance, rated 非常满意.
        let perfect = try accept("2023020002", at: "2026-10-12T09:00", window: 2, service: "奖学金申请受理与审核")
        _ = try ledger.complete(perfect, at: Self.at("2026-10-12T11:00"), by: "w02-a")
        try rate(perfect, window: 2, level: "very_satisfied", at: "2026-10-12T11:30")
    }

    var october: Period { Period("2026-10")! }

    @Test func ratesOnAHandMadeLedgerAreTheKnownAnswers() throws {
        defer { fixture.remove() }
        try makeLedger()
        let report = try QualityReporting(ledger: ledger).report(october)
        let one = try #require(report.windows.first { $0.number == 1 })
        #expect(one.figures.closed == 5 && one.figures.completed == 4 && one.figures.refused == 1)
        #expect(one.figures.completedOnTime == 3 && one.rate(.onTimeRate) == 0.75)
        #expect(one.figures.corrected == 1 && one.figures.complained == 1 && one.figures.reworked == 1)
        #expect(one.figures.accurate == 2 && one.rate(.accuracyRate) == 0.4)
        #expect(one.figures.ratingCount == 4 && one.rate(.satisfactionRate) == 0.75)
        // (265 + 337 + 265 + 265) / 4 hours
        #expect(one.figures.averageHandlingHours == 283)
        #expect(one.shortfalls.map(\.measure) == [.onTimeRate, .accuracyRate, .satisfactionRate])
        #expect(one.shortfalls.last?.target == 0.96)
        let two = try #require(report.windows.first { $0.number == 2 })
        #expect(two.rate(.onTimeRate) == 1 && two.rate(.accuracyRate) == 1 && two.rate(.satisfactionRate) == 1)
        #expect(two.shortfalls.isEmpty)
        let three = try #require(report.windows.first { $0.number == 3 })
        #expect(three.figures.closed == 0 && three.rate(.onTimeRate) == nil && three.rate(.satisfactionRate) == nil)
        #expect(three.shortfalls.isEmpty)
        #expect(report.hall.figures.closed == 6 && report.hall.rate(.onTimeRate) == 0.8)
        #expect(report.hall.rate(.accuracyRate) == 0.5 && report.hall.rate(.satisfactionRate) == 0.8)
        #expect(report.targets == .init(onTimeRate: 1, accuracyRate: 1, satisfactionRate: 0.96))
        #expect(report.trend.map(\.month) == ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"])
        #expect(report.trend[4].figures.closed == 1 && report.trend[4].figures.rate(.satisfactionRate) == 0)
        #expect(report.trend[5].figures == report.hall.figures)
    }

    @Test func theJSONIsTheContractWithFractionsAndNulls() throws {
        defer { fixture.remove() }
        try makeLedger()
        let reporting = QualityReporting(ledger: ledger)
        let json = reporting.document(try reporting.report(october)).json
        let body = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(body["period"] as? String == "2026-10")
        let targets = try #require(body["targets"] as? [String: Any])
        #expect(targets["on_time_rate"] as? Double == 1 && targets["satisfaction_rate"] as? Double == 0.96)
        let windows = try #require(body["windows"] as? [[String: Any]])
        let one = try #require(windows.first { ($0["window"] as? [String: Any])?["number"] as? Int == 1 })
        #expect((one["window"] as? [String: Any])?["name"] is String)
        #expect(one["cases"] as? Int == 5 && one["ratings"] as? Int == 4)
        #expect(one["on_time_rate"] as? Double == 0.75 && one["accuracy_rate"] as? Double == 0.4)
        #expect(one["satisfaction_rate"] as? Double == 0.75)
        let shortfalls = try #require(one["shortfalls"] as? [[String: Any]])
        #expect(shortfalls.map { $0["measure"] as? String } == ["on_time_rate", "accuracy_rate", "satisfaction_rate"])
        let three = try #require(windows.first { ($0["window"] as? [String: Any])?["number"] as? Int == 3 })
        for key in ["on_time_rate", "accuracy_rate", "satisfaction_rate"] {
            #expect(three[key] is NSNull, "\(key) of an empty window is null")
        }
        #expect((three["shortfalls"] as? [Any])?.isEmpty == true)
    }

    @Test func textCSVAndHTMLShowTheShortfalls() throws {
        defer { fixture.remove() }
        try makeLedger()
        let reporting = QualityReporting(ledger: ledger)
        let document = reporting.document(try reporting.report(october))
        #expect(document.text.contains("按时办结率 75%，办事准确率 40%，满意率 75%（4 条评价）"), "\(document.text)")
        #expect(document.text.contains("未达标：按时办结率 75% 低于目标 100%"))
        #expect(document.csv.hasPrefix("\u{FEFF}period,window,name,cases"))
        #expect(document.csv.contains("2026-10,1,") && document.csv.contains("0.75,0.4,0.75,283.0"))
        #expect(
            document.html.contains("<main id=\"quality\">") && document.html.contains("<td class=\"short\">40%</td>"))
        #expect(document.html.contains("id=\"quality-trend\"") && !document.html.contains("<script"))
    }

    @Test func aReportWithoutCasesOrRatingsIsAllNulls() throws {
        defer { fixture.remove() }
        let report = try QualityReporting(ledger: ledger).report(october)
        #expect(report.hall.figures.closed == 0 && report.hall.rate(.accuracyRate) == nil)
        #expect(report.windows.allSatisfy { $0.shortfalls.isEmpty })
    }

    @Test func ratingsAreReadFromTheRatingTableOfTheirOwnDays() throws {
        defer { fixture.remove() }
        try makeLedger()
        let september = try QualityReporting(ledger: ledger).report(Period("2026-09")!)
        let one = try #require(september.windows.first { $0.number == 1 })
        #expect(one.figures.ratings == ["very_dissatisfied": 1] && one.rate(.satisfactionRate) == 0)
    }

    /// A bad rating the director finds unfounded (申诉成立) no longer counts in the 满意率.
    @Test func aRatingWhoseAppealIsUpheldLeavesTheSatisfactionRate() throws {
        defer { fixture.remove() }
        try makeLedger()
        let bad = try #require(
            try ledger.allRatings(window: 1).first { $0.0.level == .dissatisfied && $0.0.ratedAt.hasPrefix("2026-10") }
        ).0
        let at = Self.at("2026-10-20T10:00")
        _ = try ledger.followUp(rating: bad.id!, kind: .appeal, note: "学生误评，已核实", at: at, by: "w01-a")
        _ = try ledger.followUp(rating: bad.id!, kind: .review, decision: .upheld, note: "录像核实", at: at, by: "director")
        let one = try #require(try QualityReporting(ledger: ledger).report(october).windows.first { $0.number == 1 })
        #expect(one.figures.ratingCount == 3 && one.rate(.satisfactionRate) == 1)
    }

    /// Wulong breaks ties by 满意率: the ranking now reads it from the ratings.
    @Test func theWulongTieBreakerReadsTheSatisfactionRate() throws {
        defer { fixture.remove() }
        try makeLedger()
        let scoring = PeriodScoring(ledger: ledger, rules: HallFixture.rules, catalogFingerprint: "catalog")
        let request = PeriodScoring.Request(scheme: "wulong-monthly", period: october)
        guard case .windows(let result) = try scoring.preview(request, at: HallFixture.now).result else {
            Issue.record("a window scheme")
            return
        }
        #expect(result.windows.first { $0.window.number == 1 }?.satisfaction == 0.75)
        #expect(result.windows.first { $0.window.number == 2 }?.satisfaction == 1)
        #expect(result.windows.first { $0.window.number == 3 }?.satisfaction == nil)
        // Windows 3 to 13 have no ratings: the breaker compares all windows or none, and says why.
        #expect(result.notes?.contains { $0.hasPrefix("本期3号、4号") && $0.contains("窗口无满意度数据") } == true)
    }

    /// 宿州's 服务对象评议 reads the semester's satisfaction rate from the ledger when it scores:
    /// window 1 has 3 of 5 ratings satisfied (60%, below 80%: 15 points), window 2 100% (none).
    @Test func theSuzhouSchemeScoresTheSatisfactionRateReadAtScoringTime() throws {
        defer { fixture.remove() }
        let scoring = PeriodScoring(ledger: ledger, rules: HallFixture.rules, catalogFingerprint: "catalog")
        let request = PeriodScoring.Request(scheme: "suzhou-semester", period: Period("2026-S1")!)
        guard case .windows(let before) = try scoring.preview(request, at: HallFixture.now).result else {
            Issue.record("a window scheme")
            return
        }
        #expect(before.windows.allSatisfy { window in !window.deductions.contains { $0.item.hasSuffix("rate") } })
        try makeLedger()
        guard case .windows(let result) = try scoring.preview(request, at: HallFixture.now).result else {
            Issue.record("a window scheme")
            return
        }
        let one = try #require(result.windows.first { $0.window.number == 1 })
        let deduction = try #require(one.deductions.first { $0.item == "evaluation.satisfaction_rate" })
        #expect(deduction.points == 15 && deduction.events.first?.note == "满意率 60%，低于 80%")
        let two = try #require(result.windows.first { $0.window.number == 2 })
        #expect(!two.deductions.contains { $0.item == "evaluation.satisfaction_rate" })
    }
}
