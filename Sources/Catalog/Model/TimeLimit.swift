/// A promised or statutory time limit.
public enum TimeLimit: Hashable, Sendable {
    case workingDays(Int)
    case hours(Int)
    case onTheSpot

    /// Hours, for comparing limits of different units: a working day counts as 24 hours.
    public var comparableHours: Int {
        switch self {
        case .workingDays(let days): days * 24
        case .hours(let hours): hours
        case .onTheSpot: 0
        }
    }

    /// The limit as the hall states it, e.g. `5个工作日`.
    public var chinese: String {
        switch self {
        case .workingDays(let days): "\(days)个工作日"
        case .hours(let hours): "\(hours)小时"
        case .onTheSpot: "当场办结"
        }
    }

    /// How a limit is counted, named as the catalog and the ledger's `limit_kind` column write it.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case workingDays = "working_days"
        case hours
        case onTheSpot = "on_the_spot"
    }

    public var kind: Kind {
        switch self {
        case .workingDays: .workingDays
        case .hours: .hours
        case .onTheSpot: .onTheSpot
        }
    }

    public var kindName: String { kind.rawValue }
}

/// A reference to something defined elsewhere, kept with where it was written.
public struct Reference: Hashable, Sendable {
    public var id: String
    public var location: SourceLocation

    public init(_ id: String, at location: SourceLocation) {
        self.id = id
        self.location = location
    }
}

/// A value the sources do not give, chosen by the catalog's authors and marked for confirmation.
public struct AssumedValue: Hashable, Sendable {
    /// Dotted path of the assumed key, e.g. `services.student-id-replacement.fees.amount`.
    public var subject: String
    public var value: String
    public var reason: String
    public var location: SourceLocation
}
