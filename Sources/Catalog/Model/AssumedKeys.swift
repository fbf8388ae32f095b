/// The keys of one mapping that its `assumed:` marks, each with the reason: the model carries
/// them so that whoever prints a value can say it is still to be confirmed (待确认).
public struct AssumedKeys: Hashable, Sendable {
    public var reasons: [String: String]

    public init(_ reasons: [String: String] = [:]) { self.reasons = reasons }

    public func contains(_ key: String) -> Bool { reasons[key] != nil }

    /// Marked keys among `keys`, in the order given.
    public func marked(_ keys: [String]) -> [String] { keys.filter(contains) }

    public var isEmpty: Bool { reasons.isEmpty }
}
