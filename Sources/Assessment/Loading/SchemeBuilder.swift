import Catalog

/// Builds a `Scheme` from its checked YAML.
enum SchemeBuilder {
    static func build(_ node: YAMLNode, file: String) -> Scheme? {
        guard let id = node.string("id") else { return nil }
        let subject = Scheme.Subject(rawValue: node.string("subject") ?? "") ?? .window
        return Scheme(
            id: id, name: node.string("name") ?? id, sourceDocument: node["source"]?.string("document") ?? "",
            sourceDate: node["source"]?.string("date"), sourceNote: node["source"]?.string("note"), subject: subject,
            period: node.string("period").flatMap(Period.Kind.init(rawValue:)) ?? .month,
            base: node.number("base") ?? 100,
            categories: node.list("categories").compactMap(category),
            bonusCap: node["bonus"]?.number("cap"),
            bonusLevels: (node["bonus"]?.list("levels") ?? []).compactMap { level in
                level.string("id").map {
                    Scheme.BonusLevel(
                        id: $0, name: level.string("name") ?? $0, points: level.number("points") ?? 0,
                        clause: level.string("clause"))
                }
            },
            grades: node.list("grades").compactMap { grade in
                grade.string("id").map {
                    Scheme.Grade(
                        id: $0, name: grade.string("name") ?? $0, minimum: grade.number("min") ?? 0,
                        location: grade.location)
                }
            },
            outcomes: node.list("outcomes").compactMap(outcome),
            rollups: node.list("rollups").map { rollup in
                Scheme.Rollup(
                    period: rollup.string("period").flatMap(Period.Kind.init(rawValue:)) ?? .year,
                    method: rollup.string("method").flatMap(Scheme.Rollup.Method.init(rawValue:)) ?? .sum,
                    outcomes: rollup.list("outcomes").compactMap(outcome))
            },
            tieBreakers: node.strings("tie_breakers").compactMap(Scheme.TieBreaker.init(rawValue:)),
            demeritItems: (node["demerits"]?.list("items") ?? []).compactMap { item in
                item.string("id").map {
                    Scheme.DemeritItem(id: $0, name: item.string("name") ?? $0, clause: item.string("clause") ?? "")
                }
            },
            thresholds: (node["demerits"]?.list("thresholds") ?? []).compactMap(threshold),
            file: file, location: node.location, maxEventCount: node.int("max_event_count"),
            sunshine: node["sunshine"].map(sunshine))
    }

    private static func sunshine(_ node: YAMLNode) -> SunshineRule {
        let weights = node["weights"]
        return SunshineRule(
            name: node.string("name") ?? "阳光窗口", clause: node.string("clause") ?? "",
            weights: .init(
                votes: weights?.number("votes") ?? 0, teachers: weights?.number("teachers") ?? 0,
                hall: weights?.number("hall") ?? 0),
            winners: node.int("winners") ?? 1, minimumVotes: node.int("minimum_votes") ?? 0,
            assumed: node.assumedKeys, location: node.location)
    }

    private static func category(_ node: YAMLNode) -> Scheme.Category? {
        guard let id = node.string("id") else { return nil }
        return Scheme.Category(
            id: id, name: node.string("name") ?? id, cap: node.number("cap"), notGiven: node.bool("not_given") ?? false,
            items: node.list("items").compactMap { item in
                item.string("id").map {
                    Scheme.Item(
                        id: $0, name: item.string("name") ?? $0, clause: item.string("clause") ?? "",
                        points: item.number("points") ?? 0,
                        unit: item.string("unit").flatMap(Scheme.Unit.init) ?? .occurrence,
                        seriousExtra: item.number("serious_extra"), sideEffects: item.strings("side_effects"),
                        fromLedger: item.string("from_ledger"), location: item.location,
                        fromQuality: item.string("from_quality"),
                        qualityBands: item.list("quality_bands").compactMap { band in
                            guard let below = band.number("below"), let points = band.number("points") else {
                                return nil
                            }
                            return Scheme.QualityBand(below: below, points: points)
                        })
                }
            },
            location: node.location)
    }

    /// A threshold without a consequence it could bring is the shape check's to report.
    private static func threshold(_ node: YAMLNode) -> Scheme.Threshold? {
        guard let id = node.string("id"),
            let consequence = node.string("consequence").flatMap(Scheme.Threshold.Consequence.init(rawValue:))
        else { return nil }
        return Scheme.Threshold(
            id: id, name: node.string("name") ?? id,
            per: node.string("per").flatMap(Period.Kind.init(rawValue:)) ?? .month, atLeast: node.int("at_least") ?? 1,
            consequence: consequence, amount: node.number("amount"),
            post: node.string("post").flatMap(Post.init(rawValue:)))
    }

    private static func outcome(_ node: YAMLNode) -> Scheme.Outcome? {
        guard let id = node.string("id") else { return nil }
        let selector: Scheme.Outcome.Selector
        if let top = node.int("top") {
            selector = .top(top)
        } else if let percent = node.number("top_percent") {
            selector = .topPercent(percent)
        } else if let below = node.number("below") {
            selector = .below(below)
        } else if let grade = node.string("grade") {
            selector = .grade(grade)
        } else {
            return nil
        }
        return Scheme.Outcome(
            id: id, name: node.string("name") ?? id,
            kind: node.string("kind").flatMap(Scheme.Outcome.Kind.init(rawValue:)) ?? .title, selector: selector,
            consecutive: node.int("consecutive") ?? 1, sharesTies: node.string("ties") == "share",
            awardWhenAllTied: node.bool("award_when_all_tied") ?? false, location: node.location)
    }
}
