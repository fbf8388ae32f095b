extension Int {
    /// The sum, held at `Int.max` (or `Int.min`) instead of trapping: events are never deleted,
    /// so one absurd count stored by any path must not make its month impossible to score.
    func addingSaturated(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }
}

extension Sequence where Element == AssessmentEvent {
    /// The events' counts added up, saturating.
    var totalCount: Int { reduce(0) { $0.addingSaturated($1.count) } }
}
