import Assessment
import Catalog
import Foundation

/// The shipped schemes in rules/, and helpers to score synthetic events with them.
enum SchemeFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let loaded = SchemeLoader.load(folder: repository.appendingPathComponent("rules").path)

    static func scheme(_ id: String) -> Scheme { loaded.scheme(id)! }

    static let windows = (1...13).map { ScoreResult.WindowRef(number: $0, name: "窗口\($0)") }

    static func event(
        _ item: String, window: Int = 1, on date: String = "2026-10-15", count: Int = 1, serious: Bool = false,
        staff: String = "小王", post: Post? = nil
    ) -> AssessmentEvent {
        AssessmentEvent(
            date: CivilDate(date)!, window: window, staff: staff, item: item, count: count, serious: serious,
            recordedBy: "巡查", post: post)
    }

    static func score(
        _ scheme: String, _ events: [AssessmentEvent], period: String = "2026-10",
        overdue: [Int: [(day: CivilDate, caseID: Int64)]] = [:]
    ) throws -> ScoreResult {
        try Assessor(
            scorer: WindowScorer(scheme: Self.scheme(scheme), windows: windows, events: events, overdueDays: overdue)
        )
        .score(Period(period)!)
    }

    static func window(_ number: Int, in result: ScoreResult) -> ScoreResult.WindowResult {
        result.windows.first { $0.window.number == number }!
    }
}
