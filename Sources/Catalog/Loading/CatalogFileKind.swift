/// What a catalog file holds, decided by where it sits in the catalog folder.
enum CatalogFileKind: String, CaseIterable, Sendable {
    case hall, departments, facts, materials, window, services, calendar, thesaurus

    /// `relativePath` is relative to the catalog folder, with `/` separators.
    init?(relativePath: String) {
        let parts = relativePath.split(separator: "/")
        switch (parts.count, parts.first) {
        case (1, "hall.yaml"): self = .hall
        case (1, "departments.yaml"): self = .departments
        case (1, "facts.yaml"): self = .facts
        case (1, "materials.yaml"): self = .materials
        case (1, "thesaurus.yaml"): self = .thesaurus
        case (2, "windows"): self = .window
        case (2, "services"): self = .services
        case (2, "calendars"): self = .calendar
        default: return nil
        }
    }

    /// Why a YAML file at `relativePath` is not read, and where it should go.
    static func misplacement(of relativePath: String) -> String {
        let parts = relativePath.split(separator: "/")
        if parts.count > 2, let folder = parts.first, ["windows", "services", "calendars"].contains(folder) {
            return "files in subfolders of \(folder)/ are not read; move it up into \(folder)/ "
                + "(or out of the catalog folder if it is an old copy)"
        }
        return "file is not part of the catalog layout and is ignored; move it to windows/, services/ or calendars/"
    }

    /// Files a catalog cannot do without.
    static let required: [String] = ["hall.yaml", "departments.yaml"]
}
