/// The web app's roles, from 000_87b27be53987db2e.txt (专员 the processing module, 副主任 all
/// modules, 主任 all data); the public needs no account. Each role may do what the one below it may.
public enum Role: String, Sendable, CaseIterable, Comparable, Codable {
    /// 专员: notices, accepting and working cases.
    case clerk
    /// 副主任: also events, scores, publishing, and fee adjustments up to the catalog's threshold.
    case deputy
    /// 主任: everything, users, corrections, and the only role that sees unmasked personal data.
    case director

    public var chineseName: String {
        switch self {
        case .clerk: "专员"
        case .deputy: "副主任"
        case .director: "主任"
        }
    }

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }
}

/// A signed-in user as requests see them.
public struct SignedInUser: Sendable, Hashable {
    /// The user name: a staff id from the hall's staff list, the actor the ledger records.
    public var name: String
    public var role: Role
    /// The staff list's name for the user (职务名), or the user name when the list has none.
    public var displayName: String

    public init(name: String, role: Role, displayName: String) {
        self.name = name
        self.role = role
        self.displayName = displayName
    }
}
