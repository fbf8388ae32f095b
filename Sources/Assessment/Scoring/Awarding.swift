import Catalog

/// Which windows get an outcome. Thresholds (`below`, `grade`) go to every window that meets
/// them; quotas (`top`, `top_percent`) to at most their size: windows still tied across the
/// quota's edge all go without unless the outcome says `ties: share`, and when every window
/// ties a quota is not awarded unless it says `award_when_all_tied: true`.
enum Awarding {
    struct Award {
        var windows: Set<Int> = []
        /// Why a window did not get it, by window number.
        var windowNotes: [Int: [String]] = [:]
        var notes: [String] = []
    }

    /// Marks each window with the outcomes it gets; `history` holds earlier periods' results for
    /// "N periods in a row". Returns the notes for the whole result.
    static func apply(
        _ outcomes: [Scheme.Outcome], to results: inout [ScoreResult.WindowResult], history: [Period: ScoreResult]
    ) -> [String] {
        var notes: [String] = []
        for outcome in outcomes {
            var award = self.award(outcome, among: results)
            if outcome.consecutive > 1 {
                let earlier = history.sorted { $0.key.first > $1.key.first }.prefix(outcome.consecutive - 1)
                let kept =
                    earlier.count < outcome.consecutive - 1
                    ? []
                    : earlier.reduce(award.windows) {
                        $0.intersection(self.award(outcome, among: $1.value.windows).windows)
                    }
                award.windows = kept
            }
            notes += award.notes
            for index in results.indices {
                let number = results[index].window.number
                if let extra = award.windowNotes[number] { results[index].notes = (results[index].notes ?? []) + extra }
                guard award.windows.contains(number) else { continue }
                results[index].outcomes.append(outcome.id)
                if outcome.kind == .title { results[index].redFlag = true }
                if outcome.kind == .rectify { results[index].rectify = true }
            }
        }
        return notes
    }

    /// The windows that meet the outcome in one period, leaving "in a row" aside.
    static func award(_ outcome: Scheme.Outcome, among results: [ScoreResult.WindowResult]) -> Award {
        switch outcome.selector {
        case .below(let threshold):
            return Award(windows: Set(results.filter { $0.score < threshold }.map(\.window.number)))
        case .grade(let grade):
            return Award(windows: Set(results.filter { $0.grade == grade }.map(\.window.number)))
        case .top(let size):
            return quota(outcome, size: size, among: results)
        case .topPercent(let percent):
            // Never more than every window, so a percentage over 100 cannot overflow `Int`.
            let share = min(Double(results.count), Double(results.count) * percent / 100)
            return quota(outcome, size: max(1, Int(share.isNaN ? 0 : share)), among: results)
        }
    }

    private static func quota(_ outcome: Scheme.Outcome, size: Int, among results: [ScoreResult.WindowResult])
        -> Award
    {
        var award = Award()
        let places = Dictionary(grouping: results, by: \.rank).sorted { $0.key < $1.key }
        if results.count > 1, places.count == 1, !outcome.awardWhenAllTied {
            award.notes.append("全部\(results.count)个窗口并列第1名，本期不评“\(outcome.name)”（名额\(size)个）")
            for result in results { award.windowNotes[result.window.number] = ["全部窗口并列，本期不评“\(outcome.name)”"] }
            return award
        }
        for (rank, group) in places {
            guard rank <= size else { break }
            let numbers = group.map(\.window.number).sorted()
            if rank + group.count - 1 <= size || outcome.sharesTies {
                award.windows.formUnion(numbers)
                if rank + group.count - 1 > size {
                    award.notes.append(
                        "第\(rank)名由\(list(numbers))并列，超出“\(outcome.name)”名额\(size)个；方案规定并列者共享，均授予")
                }
                continue
            }
            let left = size - rank + 1
            award.notes.append(
                "第\(rank)名由\(list(numbers))并列，“\(outcome.name)”名额只余\(left)个，同分比较后仍无法区分，均不授予"
                    + "（共授予\(award.windows.count)个，少于名额\(size)个）")
            for number in numbers {
                award.windowNotes[number] = ["与其他窗口并列第\(rank)名，超出“\(outcome.name)”名额，未授予"]
            }
            break
        }
        return award
    }

    private static func list(_ numbers: [Int]) -> String {
        numbers.map { "\($0)号" }.joined(separator: "、") + "窗口"
    }
}
