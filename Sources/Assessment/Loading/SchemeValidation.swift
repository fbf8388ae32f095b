import Catalog

/// Cross-checks of schemes: unique ids, grades that exist, caps that make sense, and the
/// parts each kind of scheme needs.
enum SchemeValidation {
    static func check(_ schemes: [Scheme], into bag: inout DiagnosticBag) {
        var seen: [String: SourceLocation] = [:]
        for scheme in schemes {
            if let first = seen[scheme.id] {
                bag.error(
                    "duplicate-id", "考核方案 id“\(scheme.id)”已在 \(first) 用过；请给每个方案一个自己的 id",
                    at: scheme.location)
            }
            seen[scheme.id] = scheme.location
            checkIDs(scheme, into: &bag)
            if Set(scheme.tieBreakers).count < scheme.tieBreakers.count {
                bag.warning("duplicate-id", "“tie_breakers”中有重复的并列排序依据；请删去重复的一项", at: scheme.location)
            }
            checkStructure(scheme, into: &bag)
            let grades = Set(scheme.grades.map(\.id))
            for outcome in scheme.outcomes + scheme.rollups.flatMap(\.outcomes) {
                if case .grade(let grade) = outcome.selector, !grades.contains(grade) {
                    bag.error(
                        "unknown-reference",
                        "未声明的等级“\(grade)”\(Suggestion.hint(for: grade, among: grades))；请在“grades:”下声明它",
                        at: outcome.location)
                }
                if case .topPercent(let percent) = outcome.selector, percent > 100 {
                    bag.error(
                        "invalid-value", "top_percent 为 \(percent)，超过了 100；请写 0 到 100 之间的百分比",
                        at: outcome.location)
                }
                if !outcome.isQuota, outcome.sharesTies || outcome.awardWhenAllTied {
                    bag.error(
                        "invalid-scheme",
                        "评定结果“\(outcome.id)”：“ties”和“award_when_all_tied”只适用于名额（top、top_percent）；"
                            + "请删去它们，或改用名额",
                        at: outcome.location)
                }
                if case .below = outcome.selector, outcome.consecutive > 1 {
                    bag.error(
                        "invalid-scheme", "评定结果“\(outcome.id)”：“consecutive”须配合 grade、top 或 top_percent 使用；请加上其中之一",
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
                    "duplicate-id", "id“\(id)”在本方案中已于 \(first) 用过；请给它一个自己的 id",
                    at: location)
            }
            ids[id] = location
        }
    }

    private static func checkStructure(_ scheme: Scheme, into bag: inout DiagnosticBag) {
        switch scheme.subject {
        case .window where scheme.categories.isEmpty:
            bag.error("invalid-scheme", "窗口考核方案须有“categories”及其考核项；请补上", at: scheme.location)
        case .person where scheme.demeritItems.isEmpty:
            bag.error(
                "invalid-scheme", "个人考核方案须有“demerits”及其扣分项和阈值；请补上", at: scheme.location)
        default: break
        }
        if let sunshine = scheme.sunshine { checkSunshine(sunshine, of: scheme, into: &bag) }
        for category in scheme.categories {
            guard let cap = category.cap else { continue }
            for item in category.items where item.points + (item.seriousExtra ?? 0) > cap {
                bag.warning(
                    "points-exceed-cap",
                    "考核项“\(item.id)”扣 \(item.points.amountText) 分，超过了所在类别的上限 \(cap.amountText) 分；"
                        + "请核对分值或上限",
                    at: item.location)
            }
            if category.notGiven, !category.items.isEmpty {
                bag.warning(
                    "invalid-scheme",
                    "考核类别“\(category.id)”标为 not_given，却列有考核项；请删去其中之一",
                    at: category.location)
            }
        }
    }

    private static func checkSunshine(_ rule: SunshineRule, of scheme: Scheme, into bag: inout DiagnosticBag) {
        if scheme.subject != .person {
            bag.error(
                "invalid-scheme",
                "“sunshine”只能写在个人考核方案（subject: person）中，评选按该方案的周期进行；请移到个人方案中",
                at: rule.location)
        }
        let weights = rule.weights
        if [weights.votes, weights.teachers, weights.hall].contains(where: { $0 < 0 }) {
            bag.error("invalid-scheme", "阳光窗口评选的权重不能为负数；请改正", at: rule.location)
        }
        if abs(weights.sum - 100) > 1e-9 {
            bag.error(
                "invalid-scheme",
                "阳光窗口评选的权重合计为 \(weights.sum.amountText)，不是 100（votes \(weights.votes.amountText)、"
                    + "teachers \(weights.teachers.amountText)、hall \(weights.hall.amountText)）；请写成合计为 100 的百分比",
                at: rule.location)
        }
        if rule.winners < 1 {
            bag.error("invalid-scheme", "阳光窗口评选的“winners”至少应为 1", at: rule.location)
        }
    }
}
