/// A working-day calendar as written in the catalog: holidays and adjusted working days by year.
public struct CalendarDefinition: Sendable {
    public struct Entry: Sendable {
        /// `YYYY-MM-DD`
        public var date: String
        /// The holiday's name or the reason for the adjusted working day.
        public var label: String
        public var location: SourceLocation
    }

    public struct Year: Sendable {
        public var year: Int
        public var source: String
        public var holidays: [Entry]
        public var workdays: [Entry]
        public var location: SourceLocation
    }

    public var id: String
    public var name: String
    public var years: [Year]
    public var location: SourceLocation

    public init(id: String, name: String, years: [Year], location: SourceLocation) {
        self.id = id
        self.name = name
        self.years = years
        self.location = location
    }
}
