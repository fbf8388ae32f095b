/// The closed choices a scheme's YAML makes besides units and tie breakers; raw values are the
/// words written there.
extension Scheme.Outcome {
    /// A title (红旗窗口) or a rectification (限期整改).
    public enum Kind: String, Sendable, CaseIterable {
        case title, rectify
    }
}

extension Scheme.Rollup {
    /// How a longer period combines its periods' scores.
    public enum Method: String, Sendable, CaseIterable {
        case sum, average
    }
}

extension Scheme.Threshold {
    /// What reaching a demerit threshold brings: a cut of the hourly wage, or a recommendation
    /// to dismiss.
    public enum Consequence: String, Sendable, CaseIterable {
        case wageCut = "wage_cut"
        case dismissal
    }
}
