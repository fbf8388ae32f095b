/// The hall's staff list (`hall.staff`): who may be named as having done an operation in the
/// ledger (`--by`). Each member has a stable id (what is recorded), a display name, a role from
/// `hall.roles` and the windows they work at.
extension Hall {
    public struct StaffMember: Sendable, Equatable {
        public var id: String
        public var name: String
        public var role: String
        public var windows: [Int]
        public var location: SourceLocation
        public var roleLocation: SourceLocation
        /// Where each window number is written, in the order of `windows`.
        public var windowLocations: [SourceLocation]

        public init(
            id: String, name: String, role: String, windows: [Int], location: SourceLocation,
            roleLocation: SourceLocation, windowLocations: [SourceLocation]
        ) {
            self.id = id
            self.name = name
            self.role = role
            self.windows = windows
            self.location = location
            self.roleLocation = roleLocation
            self.windowLocations = windowLocations
        }
    }

    /// The member with this id, or else the one with this display name (when only one has it).
    public func staffMember(_ query: String) -> StaffMember? {
        guard let staff else { return nil }
        if let member = staff.first(where: { $0.id == query }) { return member }
        let named = staff.filter { $0.name == query }
        return named.count == 1 ? named.first : nil
    }
}
