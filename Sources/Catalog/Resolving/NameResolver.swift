import Foundation

/// One thing that may be named, with every way of naming it.
public struct NamedEntry<Value>: Sendable where Value: Sendable {
    public var id: String
    public var name: String
    public var aliases: [String]
    public var value: Value

    public init(id: String, name: String, aliases: [String] = [], value: Value) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.value = value
    }

    public var candidate: NameCandidate { NameCandidate(id: id, name: name) }
}

/// An entry as offered to the clerk: its id and its Chinese name, the catalog's one reference shape.
public typealias NameCandidate = NamedReference

/// What a typed name resolved to.
public enum Resolution<Value: Sendable>: Sendable {
    case found(Value)
    /// Several entries match equally well; the clerk must pick one.
    case ambiguous([NameCandidate])
    /// Nothing matches; `suggestion` is the entry whose id, name or alias is a plausible typo.
    case notFound(suggestion: NameCandidate?)

    public var value: Value? {
        if case .found(let value) = self { return value }
        return nil
    }
}

/// Resolves what a clerk typed against a list of entries, in this order: the id (ignoring
/// case), the exact Chinese name, an alias, then a part of a Chinese name that only one entry
/// has (not of an alias: window 1's alias `1号` would make `1` a part of `11号`). A more exact match always wins, so a name that is also part of another still finds itself.
public struct NameResolver<Value: Sendable>: Sendable {
    public let kind: NameKind
    public let entries: [NamedEntry<Value>]

    public init(_ kind: NameKind, entries: [NamedEntry<Value>]) {
        self.kind = kind
        self.entries = entries
    }

    public func resolve(_ query: String) -> Resolution<Value> {
        let text = query.trimmingSpaces
        guard !text.isEmpty else { return .notFound(suggestion: nil) }
        let lowered = text.lowercased()
        let tiers: [(NamedEntry<Value>) -> Bool] = [
            { $0.id.lowercased() == lowered },
            { $0.name == text },
            { $0.aliases.contains(text) },
            { $0.name.contains(text) },
        ]
        for matches in tiers {
            let found = entries.filter(matches)
            if found.count == 1 { return .found(found[0].value) }
            if found.count > 1 { return .ambiguous(Self.distinct(found.map(\.candidate))) }
        }
        return .notFound(suggestion: suggestion(for: text))
    }

    /// Resolves or throws the error callers turn into theirs.
    public func require(_ query: String, within scope: String? = nil) throws(ResolutionError) -> Value {
        switch resolve(query) {
        case .found(let value): return value
        case .ambiguous(let candidates):
            throw ResolutionError(
                kind: kind, query: query.trimmingSpaces, problem: .ambiguous(candidates), scope: scope)
        case .notFound(let suggestion):
            throw ResolutionError(
                kind: kind, query: query.trimmingSpaces, problem: .notFound(suggestion: suggestion), scope: scope,
                known: entries.map(\.candidate))
        }
    }

    /// The entry one of whose names is closest to the text, if close enough to be a typo.
    func suggestion(for text: String) -> NameCandidate? {
        var owners: [String: NameCandidate] = [:]
        for entry in entries {
            for name in [entry.id, entry.name] + entry.aliases where owners[name] == nil {
                owners[name] = entry.candidate
            }
        }
        return Suggestion.closest(to: text, among: owners.keys.sorted()).flatMap { owners[$0] }
    }

    /// The candidates in their order, each once (an entry may be listed under two owners).
    private static func distinct(_ candidates: [NameCandidate]) -> [NameCandidate] {
        var seen = Set<NameCandidate>()
        return candidates.filter { seen.insert($0).inserted }
    }
}
