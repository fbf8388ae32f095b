/// `onestop services`: the services of each window.
public enum ServicesReport {
    struct ServiceEntry: Encodable {
        var id: String
        var name: String
        var kind: String
        var time_limit: String
    }

    typealias DepartmentEntry = NamedReference

    struct WindowEntry: Encodable {
        var number: Int
        var name: String
        var department: DepartmentEntry?
        var departments: [DepartmentEntry]
        var services: [ServiceEntry]
    }

    static func entries(_ catalog: Catalog, window: Int?) -> [WindowEntry] {
        catalog.windowsByNumber.filter { window == nil || $0.number == window }.map { window in
            let departments = window.departments.map {
                DepartmentEntry(id: $0.id, name: catalog.department($0.id)?.name ?? $0.id)
            }
            return WindowEntry(
                number: window.number, name: window.name, department: departments.first, departments: departments,
                services: window.services.compactMap { catalog.service($0.id) }.map {
                    ServiceEntry(id: $0.id, name: $0.name, kind: $0.kind, time_limit: $0.timeLimit.chinese)
                })
        }
    }

    public static func json(_ catalog: Catalog, window: Int? = nil) -> String {
        struct Body: Encodable { var windows: [WindowEntry] }
        return JSONOutput.encode(Body(windows: entries(catalog, window: window)))
    }

    public static func text(_ catalog: Catalog, window: Int? = nil) -> String {
        var lines: [String] = []
        for entry in entries(catalog, window: window) {
            let departments = entry.departments.map(\.name).joined(separator: "、")
            lines.append("\(entry.number)号窗口  \(entry.name)（\(departments)）")
            let idWidth = entry.services.map { TextWidth.of($0.id) }.max() ?? 0
            let nameWidth = entry.services.map { TextWidth.of($0.name) }.max() ?? 0
            for service in entry.services {
                lines.append(
                    "  " + TextWidth.pad(service.id, to: idWidth) + "  " + TextWidth.pad(service.name, to: nameWidth)
                        + "  " + service.time_limit)
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
