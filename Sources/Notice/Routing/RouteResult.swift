import Catalog

/// Where a student's request goes: ranked services in the hall, or a referral outside it.
public struct RouteResult: Sendable, Encodable {
    /// The hall's one `{id,name}` reference type.
    public typealias Named = NamedReference

    public struct WindowRef: Sendable, Encodable {
        public var number: Int
        public var name: String
        /// Whether the catalog marks the window's list of services assumed.
        public var assumed: Bool = false
    }

    /// One department on the way, in step order; the hall hands the case on, not the student.
    public struct Stop: Sendable, Encodable {
        public var department: String
        public var steps: [String]
    }

    public struct Match: Sendable, Encodable {
        public var service: Named
        public var window: WindowRef?
        public var department: Named?
        public var score: Double
        public var stops: [Stop]
        /// Why the match differs from the service the words named (a redirect that applies), or
        /// where a redirect the catalog only assumes would send the student (marked 待确认).
        public var note: String?
    }

    public struct Referral: Sendable, Encodable {
        /// The department's id, `nil` for the hall's consultation desk.
        public var id: String?
        public var department: String
        public var office: String?
        public var phone: String?
        public var reason: String
        /// Which of `office` and `phone` the catalog marks assumed.
        public var assumed: [String] = []
    }

    public var query: String
    /// Facts recognised in the words (研究生, 新生, 遗失...), used to follow redirects.
    public var facts: [String: String]
    /// The same facts in the catalog's words (`培养层次=研究生`), in the catalog's order.
    public var factsInWords: [String] = []
    public var matches: [Match]
    public var outOfScope: Bool
    public var referral: Referral?
    /// How sure the answer is: 高, 中 or 低 for the clerk, never a raw score.
    public var confidence: RouteConfidence = .low
    /// For an out-of-scope request, services that also came up, in case staff disagree; for a
    /// match, the other services that scored close to it.
    public var alternatives: [Match]

    enum Keys: String, CodingKey {
        case query, facts, factsInWords, matches, outOfScope, referral, confidence, confidenceLabel, alternatives
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(query, forKey: .query)
        try container.encode(facts, forKey: .facts)
        try container.encode(factsInWords, forKey: .factsInWords)
        try container.encode(matches, forKey: .matches)
        try container.encode(outOfScope, forKey: .outOfScope)
        try container.encode(referral, forKey: .referral)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(confidence.chinese, forKey: .confidenceLabel)
        try container.encode(alternatives, forKey: .alternatives)
    }
}
