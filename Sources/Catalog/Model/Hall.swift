import Foundation

/// The hall itself: where, when, who and through which channels.
public struct Hall: Sendable {
    public struct Closure: Sendable {
        public var date: String
        public var reason: String
        public var location: SourceLocation
    }

    /// What hall.yaml says about one of the two posts: its name and hours.
    public struct PostDefinition: Sendable {
        public var id: Post
        public var name: String
        public var accepts: String?
        public var processes: String?
        public var location: SourceLocation
        /// Where the `accepts:` and `processes:` values are written.
        public var acceptsLocation: SourceLocation?
        public var processesLocation: SourceLocation?
    }

    public struct Role: Sendable {
        public var id: String
        public var name: String
        public var location: SourceLocation
    }

    public struct Channel: Sendable {
        public var id: String
        public var name: String
        public var online: Bool
        public var location: SourceLocation
    }

    public struct Commitments: Sendable {
        public var firstQuestionFeedback: TimeLimit?
        public var complaintAnswer: TimeLimit?
        public var repairResponse: TimeLimit?
        public var onTimeRate: Double?
        public var accuracyRate: Double?
        public var satisfactionRate: Double?
    }

    public var name: String
    public var institution: String
    public var address: String?
    public var calendar: Reference
    /// The IANA name of the hall's time zone (`Asia/Shanghai`), as written; see `zone`.
    public var timeZone: String? = nil
    public var timeZoneLocation: SourceLocation? = nil
    public var closures: [Closure]
    /// Weekday name (`monday`...) to `HH:MM-HH:MM` or `closed`.
    public var hours: [String: String]
    public var hourLocations: [String: SourceLocation]
    public var posts: [PostDefinition]
    public var roles: [Role]
    public var consultationDesk: String?
    public var deskDuties: [String]
    public var channels: [Channel]
    public var commitments: Commitments
    /// A regular expression a whole student number must match, when the hall declares one.
    public var studentNumberPattern: String?
    public var studentNumberPatternLocation: SourceLocation? = nil
    public var location: SourceLocation
    /// Who may act in the ledger; nil when the hall keeps no staff list (then any name is taken).
    public var staff: [StaffMember]? = nil
    /// The 好差评 rules (`ratings:`); the defaults when the file has no such section.
    public var ratings: Ratings = .defaults

    /// What hall.yaml says about `post`, when it declares it.
    public func definition(of post: Post) -> PostDefinition? { posts.first { $0.id == post } }
}

extension Hall {
    /// `student_number_pattern` as the expression a whole student number must match; nil when
    /// the hall gives none or it is not a valid regular expression (`check` reports that).
    public var studentNumberExpression: NSRegularExpression? {
        studentNumberPattern.flatMap { try? NSRegularExpression(pattern: "^(?:\($0))$") }
    }
}
