/// Builds departments, windows, facts, materials and calendars from their files.
enum EntityBuilder {
    static func department(_ node: YAMLNode) -> Department? {
        guard let id = node.string("id") else { return nil }
        return Department(
            id: id, name: node.string("name") ?? id, inHall: node.bool("in_hall") ?? true,
            office: node.string("office"), phone: node.string("phone"), keywords: node.strings("keywords"),
            nameEN: node.string("name_en"), keywordsEN: node.strings("keywords_en"), location: node.location,
            assumed: node.assumedKeys)
    }

    static func window(_ node: YAMLNode) -> Window? {
        guard let numberNode = node["number"], let number = numberNode.int else { return nil }
        var posts: [String: Int] = [:]
        var postLocations: [String: SourceLocation] = [:]
        for pair in node["posts"]?.pairs ?? [] {
            posts[pair.key] = pair.value.int
            postLocations[pair.key] = pair.keyLocation
        }
        return Window(
            number: number, name: node.string("name") ?? "", departments: node.references("departments"),
            posts: posts, services: node.references("services"), location: node.location,
            numberLocation: numberNode.location, postLocations: postLocations,
            servicesLocation: node["services"]?.location, assumed: node.assumedKeys)
    }

    static func fact(_ node: YAMLNode) -> Fact? {
        guard let id = node.string("id") else { return nil }
        let kind: Fact.Kind = node.string("type") == "boolean" ? .boolean : .enumeration
        let values = (node["values"]?.pairs ?? []).map { (value: $0.key, label: $0.value.scalar ?? $0.key) }
        return Fact(
            id: id, name: node.string("name") ?? id, prompt: node.string("prompt") ?? id, kind: kind, values: values,
            location: node.location)
    }

    static func material(_ node: YAMLNode) -> Material? {
        guard let id = node.string("id") else { return nil }
        let validity = node["validity"]
        return Material(
            id: id, name: node.string("name") ?? id, form: node.string("form") ?? "paper",
            source: node.string("source") ?? "applicant", issuedBy: node.reference("issued_by"),
            validityText: validity?.string("text"), issuedWithinDays: validity?.int("issued_within_days"),
            mustBeUnexpired: validity?.bool("unexpired") ?? false,
            defects: node.list("defects").compactMap { item in
                item.string("code").map {
                    Material.Defect(
                        code: $0, text: item.string("text") ?? "", fix: item.string("fix") ?? "",
                        onTheSpot: item.bool("on_the_spot") ?? false)
                }
            },
            note: node.string("note"), location: node.location, assumed: node.assumedKeys)
    }

    static func calendar(_ node: YAMLNode) -> CalendarDefinition? {
        guard let id = node.string("id") else { return nil }
        var years: [CalendarDefinition.Year] = []
        for pair in node["years"]?.pairs ?? [] {
            guard let year = Int(pair.key) else { continue }
            years.append(
                CalendarDefinition.Year(
                    year: year, source: pair.value.string("source") ?? "",
                    holidays: pair.value.list("holidays").compactMap(datedEntry(name: "name")),
                    workdays: pair.value.list("workdays").compactMap(datedEntry(name: "reason")),
                    location: pair.keyLocation))
        }
        return CalendarDefinition(id: id, name: node.string("name") ?? id, years: years, location: node.location)
    }

    private static func datedEntry(name key: String) -> (YAMLNode) -> CalendarDefinition.Entry? {
        { item in
            guard let dateNode = item["date"], let date = dateNode.scalar else { return nil }
            return CalendarDefinition.Entry(date: date, label: item.string(key) ?? "", location: dateNode.location)
        }
    }
}
