/// A loaded catalog: the hall and everything in it, with the files it came from.
public struct Catalog: Sendable {
    public var hall: Hall?
    public var departments: [Department] = [] { didSet { lookup = CatalogLookup() } }
    public var facts: [Fact] = [] { didSet { lookup = CatalogLookup() } }
    public var materials: [Material] = [] { didSet { lookup = CatalogLookup() } }
    public var windows: [Window] = [] { didSet { lookup = CatalogLookup() } }
    public var services: [Service] = [] { didSet { lookup = CatalogLookup() } }
    public var calendars: [CalendarDefinition] = []
    /// The hall's routing words; empty when the catalog has no thesaurus.yaml.
    public var thesaurus = Thesaurus()
    public var assumedValues: [AssumedValue] = []
    /// Display paths of the files read.
    public var files: [String] = []
    /// The day the catalog is checked on, for warnings that depend on the date (the calendar
    /// running out); `nil`, as when commands only read the catalog, skips them.
    public var checkedOn: CivilDate?

    private var lookup = CatalogLookup()
    private var tables: CatalogLookup.Tables { lookup.tables(of: self) }

    public init() {}

    public func department(_ id: String) -> Department? { tables.departments[id].map { departments[$0] } }
    public func fact(_ id: String) -> Fact? { tables.facts[id].map { facts[$0] } }
    public func material(_ id: String) -> Material? { tables.materials[id].map { materials[$0] } }
    public func service(_ id: String) -> Service? { tables.services[id].map { services[$0] } }
    /// The one service whose id `query` is but for case and spaces, as the name resolver's
    /// first tier finds it; `nil` when none or several are.
    public func service(identifiedBy query: String) -> Service? {
        let key = query.trimmingSpaces.lowercased()
        guard let positions = tables.servicesByLowercasedID[key], positions.count == 1 else { return nil }
        return services[positions[0]]
    }

    public func window(number: Int) -> Window? {
        let tables = tables
        return tables.windowNumbered[number].map { tables.windowsByNumber[$0] }
    }

    /// The window that offers a service (the first by number, should a service be listed twice).
    public func window(offering serviceID: String) -> Window? {
        let tables = tables
        return tables.windowOffering[serviceID].map { tables.windowsByNumber[$0] }
    }

    /// The service's responsible department: its own, else its window's first.
    public func department(of service: Service) -> Department? {
        if let own = service.department { return department(own.id) }
        return window(offering: service.id)?.departments.first.flatMap { department($0.id) }
    }

    /// Windows sorted by number.
    public var windowsByNumber: [Window] { tables.windowsByNumber }
}
