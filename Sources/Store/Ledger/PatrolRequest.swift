import Catalog

/// A patrol round as the office records it: when, who, which windows, and what was found.
public struct PatrolRequest: Sendable, Hashable {
    public struct Finding: Sendable, Hashable {
        /// The window, by number or name; it must be one of the windows visited.
        public var window: String
        /// The scheme's item, by Chinese name, id or a unique part of a name.
        public var item: String
        /// The staff member concerned, by id or name; nil for a finding about the window itself.
        public var staff: String?
        public var note: String?
        public var serious: Bool

        public init(window: String, item: String, staff: String? = nil, note: String? = nil, serious: Bool = false) {
            self.window = window
            self.item = item
            self.staff = staff
            self.note = note
            self.serious = serious
        }
    }

    /// When the round took place (also the date of its events).
    public var at: CivilDateTime
    /// Who patrolled (staff ids or names), one or more.
    public var patrollers: [String]
    /// The windows visited, by number or name.
    public var windows: [String]
    public var findings: [Finding]
    /// Who records it (the ledger's actor).
    public var by: String

    public init(at: CivilDateTime, patrollers: [String], windows: [String], findings: [Finding], by: String) {
        self.at = at
        self.patrollers = patrollers
        self.windows = windows
        self.findings = findings
        self.by = by
    }
}
