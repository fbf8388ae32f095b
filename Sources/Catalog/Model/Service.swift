/// A service (事项) with everything the one-time notice needs.
public struct Service: Sendable {
    public struct Basis: Sendable {
        public var document: String
        public var clause: String?

        /// The document and its clause as cited: 《…》 三、…
        public var citation: String { [document, clause].compactMap { $0 }.joined(separator: " ") }
    }

    public struct Acceptance: Sendable {
        public var id: String
        public var text: String
        public var requires: Condition
        public var refusal: Reference
    }

    public struct Refusal: Sendable {
        public var code: String
        public var text: String
        public var basis: String?
        public var location: SourceLocation
    }

    public struct ApprovalLevel: Sendable {
        public var role: Reference
        public var below: Double?
    }

    public struct Fee: Sendable {
        public var name: String
        public var amount: Double
        public var basis: String?
        public var when: Condition?
        public var approval: [ApprovalLevel]
        public var location: SourceLocation
        /// Values the sources do not give, e.g. the `amount`.
        public var assumed = AssumedKeys()
    }

    public struct MaterialUse: Sendable {
        public var material: Reference
        public var originals: Int
        public var copies: Int
        public var necessity: Necessity
        public var laterDeadline: TimeLimit?
        public var when: Condition?
        public var note: String?
        public var location: SourceLocation
        /// Values the sources do not give, e.g. the `copies` or the `note`.
        public var assumed = AssumedKeys()
    }

    public struct Step: Sendable {
        public var id: String
        public var name: String
        public var role: Reference
        public var department: Reference?
        public var applicantPresent: Bool
        public var separateFrom: [Reference]
        public var when: Condition?
        public var description: String?
        public var location: SourceLocation
    }

    public enum Target: Sendable {
        case service(String)
        case window(Int)
        case department(String)
    }

    public struct Redirect: Sendable {
        public var when: Condition?
        public var reason: String
        public var target: Target
        public var location: SourceLocation
        /// Values the sources do not give, e.g. the `when` or the target `to`.
        public var assumed = AssumedKeys()
    }

    public var id: String
    public var name: String
    public var aliases: [String]
    public var keywords: [String]
    /// English name and words, for international students (留学生).
    public var nameEN: String? = nil
    public var keywordsEN: [String] = []
    public var kind: String
    public var department: Reference?
    public var basis: [Basis]
    public var acceptance: [Acceptance]
    public var refusals: [Refusal]
    public var timeLimit: TimeLimit
    public var statutoryLimit: TimeLimit?
    public var onCorrection: OnCorrection
    public var fees: [Fee]
    public var materials: [MaterialUse]
    public var steps: [Step]
    public var redirects: [Redirect]
    public var greenChannel: Bool
    public var greenChannelCriteria: String?
    public var online: Reference?
    public var onlineNote: String?
    public var location: SourceLocation
    /// Where the `time_limit:` value is written.
    public var timeLimitLocation: SourceLocation?
    /// Keys of the service whose values the sources do not give (`time_limit`, `acceptance`,
    /// `refusals`, `redirects`, `green_channel`, ...).
    public var assumed = AssumedKeys()

    /// Runs of consecutive steps at which the applicant must be present: each run is one visit.
    public var visits: Int { Self.visits(presence: steps.map(\.applicantPresent)) }

    /// Visits for steps in order, given whether each needs the applicant present: a student who
    /// must come back after a step done without them makes another visit.
    public static func visits(presence: [Bool]) -> Int {
        var count = 0
        var previous = false
        for present in presence {
            if present, !previous { count += 1 }
            previous = present
        }
        return count
    }
}
