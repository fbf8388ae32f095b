import Catalog

/// Cross-checks of schemes: unique ids, grades that exist, caps that make sense, and the
/// parts each kind of scheme needs.
enum SchemeValidation {
    static func check(_ schemes: [Scheme], into bag: inout DiagnosticBag) {
        var seen: [String: SourceLocation] = [:]
        for scheme in schemes {
            if let first = seen[scheme.id] {
                bag.error(
                    "duplicate-id", "scheme id '\(scheme.id)' is already used at \(first); give each scheme its own id",
                    at: scheme.location)
            }
            seen[scheme.id] = scheme.location
            checkIDs(scheme, into: &bag)
            if Set(scheme.tieBreakers).count < scheme.tieBreakers.count {
                bag.warning("duplicate-id", "a tie-breaker is listed twice in 'tie_breakers'", at: scheme.location)
            }
            checkStructure(scheme, into: &bag)
            let grades = Set(scheme.grades.map(\.id))
            for outcome in scheme.outcomes + scheme.rollups.flatMap(\.outcomes) {
                if case .grade(let grade) = outcome.selector, !grades.contains(grade) {
                    bag.error(
                        "unknown-reference",
                        "unknown grade '\(grade)'\(Suggestion.hint(for: grade, among: grades)); declare it under 'grades:'",
                        at: outcome.location)
                }
                if case .topPercent(let percent) = outcome.selector, percent > 100 {
                    bag.error("invalid-value", "top_percent \(percent) is over 100", at: outcome.location)
                }
                if !outcome.isQuota, outcome.sharesTies || outcome.awardWhenAllTied {
                    bag.error(
                        "invalid-scheme",
                        "outcome '\(outcome.id)': 'ties' and 'award_when_all_tied' apply to a quota (top, top_percent) only",
                        at: outcome.location)
                }
                if case .below = outcome.selector, outcome.consecutive > 1 {
                    bag.error(
                        "invalid-scheme", "outcome '\(outcome.id)': 'consecutive' needs grade, top or top_percent",
                        at: outcome.location)
                }
            }
        }
    }

    private static func checkIDs(_ scheme: Scheme, into bag: inout DiagnosticBag) {
        var ids: [String: SourceLocation] = [:]
        let entries =
            scheme.categories.map { ($0.id, $0.location) } + scheme.items.map { ($0.id, $0.location) }
            + scheme.outcomes.map { ($0.id, $0.location) } + scheme.bonusLevels.map { ($0.id, scheme.location) }
            + scheme.grades.map { ($0.id, $0.location) }
        for (id, location) in entries {
            if let first = ids[id] {
                bag.error(
                    "duplicate-id", "id '\(id)' is already used at \(first) in this scheme; give it its own id",
                    at: location)
            }
            ids[id] = location
        }
    }

    private static func checkStructure(_ scheme: Scheme, into bag: inout DiagnosticBag) {
        switch scheme.subject {
        case .window where scheme.categories.isEmpty:
            bag.error("invalid-scheme", "a window scheme needs 'categories' with their items", at: scheme.location)
        case .person where scheme.demeritItems.isEmpty:
            bag.error(
                "invalid-scheme", "a person scheme needs 'demerits' with items and thresholds", at: scheme.location)
        default: break
        }
        if let sunshine = scheme.sunshine { checkSunshine(sunshine, of: scheme, into: &bag) }
        for category in scheme.categories {
            guard let cap = category.cap else { continue }
            for item in category.items where item.points + (item.seriousExtra ?? 0) > cap {
                bag.warning(
                    "points-exceed-cap",
                    "item '\(item.id)' costs \(item.points.amountText) points, more than its category's cap of \(cap.amountText)",
                    at: item.location)
            }
            if category.notGiven, !category.items.isEmpty {
                bag.warning(
                    "invalid-scheme",
                    "category '\(category.id)' is marked not_given but lists items; remove one or the other",
                    at: category.location)
            }
        }
    }

    private static func checkSunshine(_ rule: SunshineRule, of scheme: Scheme, into bag: inout DiagnosticBag) {
        if scheme.subject != .person {
            bag.error(
                "invalid-scheme",
                "'sunshine' belongs to a person scheme (subject: person), whose period it is voted in",
                at: rule.location)
        }
        let weights = rule.weights
        if [weights.votes, weights.teachers, weights.hall].contains(where: { $0 < 0 }) {
            bag.error("invalid-scheme", "sunshine weights must not be negative", at: rule.location)
        }
        if abs(weights.sum - 100) > 1e-9 {
            bag.error(
                "invalid-scheme",
                "sunshine weights add up to \(weights.sum.amountText), not 100 (votes \(weights.votes.amountText), "
                    + "teachers \(weights.teachers.amountText), hall \(weights.hall.amountText)); make them percentages of the total",
                at: rule.location)
        }
        if rule.winners < 1 {
            bag.error("invalid-scheme", "sunshine 'winners' must be at least 1", at: rule.location)
        }
    }
}
