/// A loaded catalog: the hall and everything in it, with the files it came from.
public struct Catalog: Sendable {
    public var hall: Hall?
    public var departments: [Department] = []
    public var facts: [Fact] = []
    public var materials: [Material] = []
    public var windows: [Window] = []
    public var services: [Service] = []
    public var calendars: [CalendarDefinition] = []
    /// The hall's routing words; empty when the catalog has no thesaurus.yaml.
    public var thesaurus = Thesaurus()
    public var assumedValues: [AssumedValue] = []
    /// Display paths of the files read.
    public var files: [String] = []
    /// The day the catalog is checked on, for warnings that depend on the date (the calendar
    /// running out); `nil`, as when commands only read the catalog, skips them.
    public var checkedOn: CivilDate?

    public init() {}

    public func department(_ id: String) -> Department? { departments.first { $0.id == id } }
    public func fact(_ id: String) -> Fact? { facts.first { $0.id == id } }
    public func material(_ id: String) -> Material? { materials.first { $0.id == id } }
    public func service(_ id: String) -> Service? { services.first { $0.id == id } }
    public func window(number: Int) -> Window? { windows.first { $0.number == number } }

    /// The window that offers a service (the first by number, should a service be listed twice).
    public func window(offering serviceID: String) -> Window? {
        windows.sorted { $0.number < $1.number }.first { $0.offers(serviceID) }
    }

    /// The service's responsible department: its own, else its window's first.
    public func department(of service: Service) -> Department? {
        if let own = service.department { return department(own.id) }
        return window(offering: service.id)?.departments.first.flatMap { department($0.id) }
    }

    /// Windows sorted by number.
    public var windowsByNumber: [Window] { windows.sorted { $0.number < $1.number } }
}
