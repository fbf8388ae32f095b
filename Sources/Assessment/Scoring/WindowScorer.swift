import Catalog

/// Scores windows for one period of a window scheme: base, minus each category's deductions
/// (never more than its cap), plus the best bonus level, then ranks and outcomes.
public struct WindowScorer: Sendable {
    public let scheme: Scheme
    public let windows: [ScoreResult.WindowRef]
    public let events: [AssessmentEvent]
    /// Overdue working days from the case ledger, by window.
    public let overdueDays: [Int: [(day: CivilDate, caseID: Int64)]]
    /// The days cases were completed, by window (from the ledger), for the `more_cases_handled`
    /// tie-breaker; nil when the ledger was not read.
    public let completions: [Int: [CivilDate]]?
    /// The quality report's rates (fractions) by window and rate id, for `from_quality` items
    /// and the `higher_satisfaction` tie-breaker.
    public let qualityRates: [Int: [String: Double]]
    /// Whether each deduction lists the events (and overdue days) behind it: JSON and the
    /// published result show them; text, CSV and HTML show only the counts.
    public let traces: Bool

    public init(
        scheme: Scheme, windows: [ScoreResult.WindowRef], events: [AssessmentEvent],
        overdueDays: [Int: [(day: CivilDate, caseID: Int64)]], completions: [Int: [CivilDate]]? = nil,
        qualityRates: [Int: [String: Double]] = [:], traces: Bool = true
    ) {
        self.qualityRates = qualityRates
        self.traces = traces
        self.scheme = scheme
        self.windows = windows
        self.events = events
        self.overdueDays = overdueDays
        self.completions = completions
    }

    static let rateNames = ["satisfaction_rate": "满意率", "on_time_rate": "按时办结率", "accuracy_rate": "办事准确率"]

    /// One period of the scheme's own length.
    public func score(_ period: Period, history: [Period: ScoreResult] = [:]) -> ScoreResult {
        // Grouped once by window, then by item: a window's deductions never scan other windows' events.
        let byWindow = Dictionary(grouping: events.lazy.filter { period.contains($0.date) }, by: \.window)
        var results = windows.map { window in
            scoreWindow(
                window, events: Dictionary(grouping: byWindow[window.number] ?? [], by: \.item), period: period)
        }
        let tieNotes = Ranking.rank(&results, breakers: scheme.tieBreakers)
        let outcomeNotes = Awarding.apply(scheme.outcomes, to: &results, history: history)
        return ScoreResult(
            scheme: scheme.id, schemeName: scheme.name, period: period.text, windows: results,
            outcomeNames: Dictionary(uniqueKeysWithValues: scheme.outcomes.map { ($0.id, $0.name) }),
            gradeNames: Dictionary(uniqueKeysWithValues: scheme.grades.map { ($0.id, $0.name) }),
            notes: tieNotes + outcomeNotes)
    }

    private func scoreWindow(_ window: ScoreResult.WindowRef, events: [String: [AssessmentEvent]], period: Period)
        -> ScoreResult.WindowResult
    {
        var deductions: [ScoreResult.Deduction] = []
        var categories: [ScoreResult.CategoryLine] = []
        for category in scheme.categories {
            var uncapped = 0.0
            for item in category.items {
                guard
                    let deduction = deduction(
                        for: item, category: category, window: window, events: events, period: period)
                else { continue }
                uncapped += deduction.points
                deductions.append(deduction)
            }
            let deducted = category.cap.map { min($0, uncapped) } ?? uncapped
            categories.append(
                .init(id: category.id, name: category.name, cap: category.cap, deducted: deducted, uncapped: uncapped))
        }
        let awarded = scheme.bonusLevels.filter { events[$0.id] != nil }
        let best = awarded.max { $0.points < $1.points }
        let bonus = min(best?.points ?? 0, scheme.bonusCap ?? .infinity)
        let score = scheme.base - categories.reduce(0) { $0 + $1.deducted } + bonus
        return .init(
            window: window, score: score, base: scheme.base, bonus: bonus, bonusLevel: best?.id, categories: categories,
            deductions: deductions, rank: 0,
            casesHandled: completions.map { ($0[window.number] ?? []).filter(period.contains).count },
            satisfaction: qualityRates[window.number]?["satisfaction_rate"],
            grade: scheme.grade(for: score)?.id, outcomes: [], redFlag: false, rectify: false, periods: nil)
    }

    private func deduction(
        for item: Scheme.Item, category: Scheme.Category, window: ScoreResult.WindowRef,
        events: [String: [AssessmentEvent]],
        period: Period
    ) -> ScoreResult.Deduction? {
        var trace: [ScoreResult.TraceEvent] = []
        var count = 0
        var serious = 0
        if let measure = item.fromQuality {
            guard let rate = qualityRates[window.number]?[measure] else { return nil }
            let percent = (rate * 1000).rounded() / 10
            let reached = item.qualityBands.filter { percent < $0.below }
            guard let band = reached.max(by: { $0.points < $1.points }), band.points > 0 else { return nil }
            return .init(
                item: item.id, name: item.name, category: category.id, count: 1, unit: item.unit.rawValue,
                seriousCount: 0, points: band.points, clause: item.clause, sideEffects: item.sideEffects,
                events: [
                    .init(
                        id: 0, date: period.last.description, staff: nil, count: 1, serious: false,
                        note:
                            "\(Self.rateNames[measure] ?? measure) \(percent.amountText)%，低于 \(band.below.amountText)%")
                ])
        }
        if item.fromLedger == "overdue" {
            for entry in (overdueDays[window.number] ?? []) where period.contains(entry.day) {
                count += 1
                guard traces else { continue }
                trace.append(
                    .init(
                        id: entry.caseID, date: entry.day.description, staff: nil, count: 1, serious: false,
                        note: "办件 #\(entry.caseID) 逾期"))
            }
        } else {
            for event in events[item.id] ?? [] {
                count = count.addingSaturated(event.count)
                if event.serious { serious = serious.addingSaturated(event.count) }
                guard traces else { continue }
                trace.append(
                    .init(
                        id: event.id, date: event.date.description, staff: event.staff, count: event.count,
                        serious: event.serious, note: event.note))
            }
        }
        guard count > 0 else { return nil }
        let points = item.points * Double(count) + (item.seriousExtra ?? 0) * Double(serious)
        return .init(
            item: item.id, name: item.name, category: category.id, count: count, unit: item.unit.rawValue,
            seriousCount: serious, points: points,
            clause: item.clause, sideEffects: item.sideEffects, events: trace)
    }
}
