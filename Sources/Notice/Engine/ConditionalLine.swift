import Catalog

/// A notice line (a fee, a step) that stands under a condition, written once per service for the
/// condition holding and for it still to be confirmed: a request only decides which of the two.
struct ConditionalLine<Line: Sendable>: Sendable {
    var condition: Condition?
    /// What the answer to an unknown fact of `condition` decides, e.g. 收费：工本费.
    var subject: String
    var ifApplies: Line
    var ifAsked: Line

    /// The line the request's facts call for, and whether the condition certainly holds; nil when
    /// it does not. An unknown fact becomes one of `questions`.
    func line(_ questions: inout FactQuestions) -> (line: Line, certain: Bool)? {
        switch questions.holds(condition, deciding: subject) {
        case true?: (ifApplies, true)
        case nil: (ifAsked, false)
        case false?: nil
        }
    }
}
