/// A resolver for many lookups (an import's rows): the exact tiers (id, Chinese name, alias)
/// answered from dictionaries built once, so a row costs the same on a 500-window catalog as
/// on a 13-window one. Anything else (a part of a name, a typo, a name several entries share)
/// goes to the resolver itself, so what it finds and what it says are the resolver's.
public struct IndexedNameResolver<Value: Sendable>: Sendable {
    public let resolver: NameResolver<Value>
    /// Each tier's keys with the entries they match, in the resolver's order: lowered ids,
    /// names, aliases.
    @usableFromInline let tiers: [[String: [Int]]]

    public init(_ resolver: NameResolver<Value>) {
        self.resolver = resolver
        var ids: [String: [Int]] = [:]
        var names: [String: [Int]] = [:]
        var aliases: [String: [Int]] = [:]
        for (index, entry) in resolver.entries.enumerated() {
            ids[entry.id.lowercased(), default: []].append(index)
            names[entry.name, default: []].append(index)
            for alias in Set(entry.aliases) { aliases[alias, default: []].append(index) }
        }
        tiers = [ids, names, aliases]
    }

    /// The resolver's answer, from the dictionaries when one entry alone matches exactly.
    /// Inlinable, so an import's row resolves its names without making generic metadata.
    @inlinable
    public func require(_ query: String, within scope: String? = nil) throws(ResolutionError) -> Value {
        if let value = exact(query) { return value }
        return try resolver.require(query, within: scope)
    }

    @inlinable
    func exact(_ query: String) -> Value? {
        let text = query.trimmingSpaces
        guard !text.isEmpty else { return nil }
        for (tier, keys) in tiers.enumerated() {
            guard let found = keys[tier == 0 ? text.lowercased() : text] else { continue }
            // Several entries on the first tier that matches: the resolver names them.
            return found.count == 1 ? resolver.entries[found[0]].value : nil
        }
        return nil
    }
}

extension NameResolver {
    /// This resolver with its exact tiers indexed, for resolving many names.
    public var indexed: IndexedNameResolver<Value> { IndexedNameResolver(self) }
}
