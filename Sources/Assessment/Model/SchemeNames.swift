import Catalog

/// The rules' resolvers: schemes and the items an event may name, by id, Chinese name or a
/// unique part of a name, like the catalog's (`CatalogNames`).
public struct SchemeNames: Sendable {
    public let schemes: [Scheme]

    public init(_ schemes: [Scheme]) { self.schemes = schemes }

    public var schemeResolver: NameResolver<Scheme> {
        NameResolver(.scheme, entries: schemes.map { NamedEntry(id: $0.id, name: $0.name, value: $0) })
    }

    /// Every item an event may name (items not read from the ledger, bonus levels, demerit
    /// items), each id once: an id used by two schemes under two names answers to both.
    public var itemResolver: NameResolver<String> {
        var order: [String] = []
        var names: [String: [String]] = [:]
        for scheme in schemes {
            let eventItems = scheme.eventItemIDs
            let named =
                scheme.items.filter { eventItems.contains($0.id) }.map { ($0.id, $0.name) }
                + scheme.bonusLevels.map { ($0.id, $0.name) } + scheme.demeritItems.map { ($0.id, $0.name) }
            for (id, name) in named {
                if names[id] == nil { order.append(id) }
                if !(names[id] ?? []).contains(name) { names[id, default: []].append(name) }
            }
        }
        return NameResolver(
            .item,
            entries: order.map { id in
                let all = names[id] ?? []
                return NamedEntry(id: id, name: all.first ?? id, aliases: Array(all.dropFirst()), value: id)
            })
    }

    public func scheme(_ query: String) throws(ResolutionError) -> Scheme { try schemeResolver.require(query) }

    /// The id of the event item typed.
    public func item(_ query: String) throws(ResolutionError) -> String { try itemResolver.require(query) }
}
