/// How sure the router is, in words a clerk reads (高/中/低) rather than a raw score: high
/// when the best match is strong and nothing else comes close, low when it rests on little or
/// nothing matched. Calibrated on the query set (`onestop route eval` prints the accuracy of
/// each level), see docs/notice.md.
public enum RouteConfidence: String, Sendable, Encodable, CaseIterable {
    case high, medium, low

    public var chinese: String {
        switch self {
        case .high: "高"
        case .medium: "中"
        case .low: "低"
        }
    }

    /// Scores at or above `strong` with the runner-up below `closeRatio` of it are high; below
    /// `weak` low. Latin questions (pinyin, English) score on their own scale.
    struct Scale: Sendable {
        var weak: Double
        var strong: Double
        static let chinese = Scale(weak: 0.15, strong: 0.4)
        static let latin = Scale(weak: 0.3, strong: 0.8)
    }

    /// A service within this share of the best one's score is a close alternative.
    static let closeRatio = 0.8

    /// `ranked` is what the answer was chosen from, best first; `desk` when nothing matched.
    static func of(_ ranked: [(RouteTarget, Double)], scale: Scale, desk: Bool) -> RouteConfidence {
        guard !desk, let best = ranked.first?.1 else { return .low }
        if best < scale.weak { return .low }
        let runnerUp = ranked.dropFirst().first?.1 ?? 0
        return best >= scale.strong && runnerUp < best * closeRatio ? .high : .medium
    }
}
