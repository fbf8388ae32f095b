import Catalog

/// What the window records when it accepts a case.
public struct AcceptRequest: Sendable {
    public var service: String
    public var window: Int
    public var studentNumber: String
    public var studentName: String?
    public var facts: [String: String]
    /// Material id to its status in the one-time notice (provided, missing, defective, ...).
    public var materials: [String: String]
    public var post: Post
    public var channel: String
    public var greenChannel: Bool
    public var at: CivilDateTime
    public var by: String

    public init(
        service: String, window: Int, studentNumber: String, studentName: String? = nil,
        facts: [String: String] = [:], materials: [String: String] = [:], post: Post = .b,
        channel: String = "on_site", greenChannel: Bool = false, at: CivilDateTime, by: String
    ) {
        self.service = service
        self.window = window
        self.studentNumber = studentNumber
        self.studentName = studentName
        self.facts = facts
        self.materials = materials
        self.post = post
        self.channel = channel
        self.greenChannel = greenChannel
        self.at = at
        self.by = by
    }
}
