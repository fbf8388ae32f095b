/// A department: it runs windows in the hall, or receives referrals from outside it.
public struct Department: Sendable {
    public var id: String
    public var name: String
    public var inHall: Bool
    public var office: String?
    public var phone: String?
    public var keywords: [String]
    /// English name and words, for international students (留学生).
    public var nameEN: String? = nil
    public var keywordsEN: [String] = []
    public var location: SourceLocation
    /// Values the sources do not give (an office, a phone number).
    public var assumed = AssumedKeys()
}

/// A window of the hall and the services it offers.
public struct Window: Sendable {
    public var number: Int
    public var name: String
    public var departments: [Reference]
    public var posts: [String: Int]
    public var services: [Reference]
    public var location: SourceLocation
    public var numberLocation: SourceLocation
    /// Where each post id is written under `posts:`, so an unknown post is reported at its key.
    public var postLocations: [String: SourceLocation] = [:]
    /// Where the `services:` value is written (the list, even when it is empty).
    public var servicesLocation: SourceLocation?
    /// Values the sources do not give (which services the window offers, its posts).
    public var assumed = AssumedKeys()

    /// Whether the window lists the service among its own.
    public func offers(_ serviceID: String) -> Bool { services.contains { $0.id == serviceID } }
}

/// A fact about the applicant that conditions may test.
public struct Fact: Sendable {
    public enum Kind: Sendable { case enumeration, boolean }

    public var id: String
    /// Short Chinese name such as 证件情况; the id when none is given.
    public var name: String
    public var prompt: String
    public var kind: Kind
    /// Value to its Chinese label, in declaration order.
    public var values: [(value: String, label: String)]
    public var location: SourceLocation

    public func label(of value: String) -> String {
        if kind == .boolean { return value == "true" ? "是" : "否" }
        return values.first { $0.value == value }?.label ?? value
    }

    /// The values an applicant may have, `true`/`false` for boolean facts.
    public var allowedValues: [String] { kind == .boolean ? ["true", "false"] : values.map(\.value) }
}

/// A material defined once and reused by id.
public struct Material: Sendable {
    public struct Defect: Sendable {
        public var code: String
        public var text: String
        public var fix: String
        public var onTheSpot: Bool
    }

    public var id: String
    public var name: String
    public var form: String
    public var source: String
    public var issuedBy: Reference?
    public var validityText: String?
    public var issuedWithinDays: Int?
    public var mustBeUnexpired: Bool
    public var defects: [Defect]
    public var note: String?
    public var location: SourceLocation
    /// Values the sources do not give (a validity, a note).
    public var assumed = AssumedKeys()
}
