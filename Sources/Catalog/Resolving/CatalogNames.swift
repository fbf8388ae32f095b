/// The catalog's resolvers: services, materials and their defects, facts and their values,
/// windows. Every command that takes a name from a clerk goes through these.
public struct CatalogNames: Sendable {
    public let catalog: Catalog

    public init(_ catalog: Catalog) { self.catalog = catalog }

    public var services: NameResolver<Service> {
        NameResolver(
            .service,
            entries: catalog.services.map { NamedEntry(id: $0.id, name: $0.name, aliases: $0.aliases, value: $0) })
    }

    public var materials: NameResolver<Material> {
        NameResolver(.material, entries: catalog.materials.map { NamedEntry(id: $0.id, name: $0.name, value: $0) })
    }

    /// A material's defects by code or by their text (`过期` finds `身份证已过期`).
    public func defects(of material: Material) -> NameResolver<Material.Defect> {
        NameResolver(.defect, entries: material.defects.map { NamedEntry(id: $0.code, name: $0.text, value: $0) })
    }

    public var facts: NameResolver<Fact> {
        NameResolver(.fact, entries: catalog.facts.map { NamedEntry(id: $0.id, name: $0.name, value: $0) })
    }

    /// A fact's values by id or Chinese label; a yes/no fact takes 是/否 as well as true/false.
    public func values(of fact: Fact) -> NameResolver<String> {
        let entries: [NamedEntry<String>] =
            switch fact.kind {
            case .boolean:
                [
                    NamedEntry(id: "true", name: "是", aliases: ["有", "yes"], value: "true"),
                    NamedEntry(id: "false", name: "否", aliases: ["无", "没有", "no"], value: "false"),
                ]
            case .enumeration: fact.values.map { NamedEntry(id: $0.value, name: $0.label, value: $0.value) }
            }
        return NameResolver(.factValue, entries: entries)
    }

    /// Windows by number (`3`, `3号`, `3号窗口`) or name.
    public var windows: NameResolver<Window> {
        NameResolver(
            .window,
            entries: catalog.windowsByNumber.map {
                NamedEntry(
                    id: String($0.number), name: $0.name, aliases: ["\($0.number)号", "\($0.number)号窗口"], value: $0)
            })
    }

    public func service(_ query: String) throws(ResolutionError) -> Service { try services.require(query) }

    public func material(_ query: String) throws(ResolutionError) -> Material { try materials.require(query) }

    /// A material named for a service: the service's own materials first, so a part of a name
    /// shared with other services' materials still finds the one this service needs.
    public func material(_ query: String, for service: Service) throws(ResolutionError) -> Material {
        let own = Set(service.materials.map(\.material.id))
        let scoped = NameResolver(.material, entries: materials.entries.filter { own.contains($0.id) })
        switch scoped.resolve(query) {
        case .found(let material): return material
        case .ambiguous: return try scoped.require(query, within: service.name)
        case .notFound: return try material(query)
        }
    }

    public func window(_ query: String) throws(ResolutionError) -> Window { try windows.require(query) }

    public func defect(_ query: String, of material: Material) throws(ResolutionError) -> Material.Defect {
        try defects(of: material).require(query, within: material.name)
    }

    /// A fact and its value as typed (`学生类别=在校生`, `applicant.stage=enrolled`), as ids. A value
    /// that belongs to another fact only (`学生类别=研究生`) is refused with the pair it means.
    public func fact(_ key: String, _ value: String) throws(ResolutionError) -> (fact: Fact, value: String) {
        let fact = try facts.require(key)
        let values = values(of: fact)
        switch values.resolve(value) {
        case .found(let id): return (fact, id)
        case .ambiguous(let candidates):
            throw ResolutionError(
                kind: .factValue, query: value.trimmingSpaces, problem: .ambiguous(candidates), scope: fact.name)
        case .notFound(let suggestion):
            let trimmed = value.trimmingSpaces
            // The exact value of another fact says more than a value one or two edits away.
            let problem: ResolutionError.Problem =
                otherFact(having: trimmed, besides: fact).map { .valueOfAnotherFact($0) }
                ?? .notFound(suggestion: suggestion)
            throw ResolutionError(
                kind: .factValue, query: trimmed, problem: problem, scope: fact.name,
                known: values.entries.map(\.candidate))
        }
    }

    /// The one other fact that has this value exactly, as `名称=取值` with its ids.
    func otherFact(having value: String, besides fact: Fact) -> NameCandidate? {
        let owners = catalog.facts.filter { $0.id != fact.id && $0.kind == .enumeration }.compactMap { other in
            other.values.first { $0.value == value || $0.label == value }.map { (other, $0) }
        }
        guard owners.count == 1, let (other, match) = owners.first else { return nil }
        return NameCandidate(id: "\(other.id)=\(match.value)", name: "\(other.name)=\(match.label)")
    }
}

extension Catalog {
    /// Resolves what a clerk types: `catalog.names.service("学生证补办")`.
    public var names: CatalogNames { CatalogNames(self) }
}
