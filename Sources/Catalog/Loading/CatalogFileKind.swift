/// What a catalog file holds, decided by where it sits in the catalog folder.
enum CatalogFileKind: String, CaseIterable, Sendable {
    case hall, departments, facts, materials, window, services, calendar

    /// `relativePath` is relative to the catalog folder, with `/` separators.
    init?(relativePath: String) {
        let parts = relativePath.split(separator: "/")
        switch (parts.count, parts.first) {
        case (1, "hall.yaml"): self = .hall
        case (1, "departments.yaml"): self = .departments
        case (1, "facts.yaml"): self = .facts
        case (1, "materials.yaml"): self = .materials
        case (2, "windows"): self = .window
        case (2, "services"): self = .services
        case (2, "calendars"): self = .calendar
        default: return nil
        }
    }

    /// Files a catalog cannot do without.
    static let required: [String] = ["hall.yaml", "departments.yaml"]
}
