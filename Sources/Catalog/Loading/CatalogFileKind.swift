/// What a catalog file holds, decided by where it sits in the catalog folder.
enum CatalogFileKind: String, CaseIterable, Sendable {
    case hall, departments, facts, materials, window, services, calendar, thesaurus

    /// `relativePath` is relative to the catalog folder, with `/` separators.
    init?(relativePath: String) {
        let parts = relativePath.split(separator: "/")
        switch (parts.count, parts.first) {
        case (1, "hall.yaml"): self = .hall
        case (1, "departments.yaml"): self = .departments
        // A large catalog (a province's halls) spreads its offices over files of its own.
        case (2, "departments"): self = .departments
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
        if parts.count > 2, let folder = parts.first, folders.contains(String(folder)) {
            return "\(folder)/ 的子文件夹中的文件不会被读取；请把它移到 \(folder)/ 下"
                + "（如果是旧的副本，请移出目录文件夹）"
        }
        return "这个文件不在目录的结构之内，已被忽略；请把它移到 windows/、services/、departments/ 或 calendars/ 下"
    }

    /// The folders whose files (not their subfolders') are read.
    static let folders: Set<String> = ["windows", "services", "departments", "calendars"]

    /// Files a catalog cannot do without.
    static let required: [String] = ["hall.yaml", "departments.yaml"]
}
