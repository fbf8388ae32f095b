/// A list or mapping whose end event has not come yet, as `LibYAMLComposer` fills it.
struct CollectionFrame {
    /// What becomes of a node: kept in the tree; only read through (past a limit, or the value
    /// of a refused key: the duplicate-key check still looks inside); or part of a list or
    /// mapping used as a key, kept only as its identity to compare keys.
    enum Role { case kept, checked, key }

    let isMapping: Bool
    var role: Role
    let mark: YAMLSyntaxError.Mark
    let location: SourceLocation
    let depth: Int
    let anchor: String?
    let tag: String?
    /// What stands for a node past a limit: null.
    var replacement: YAMLNode?

    var items: [YAMLNode] = []
    var pairs: [YAMLNode.Pair] = []
    /// A key's contents; a mapping's keys and values alternate.
    var identities: [KeyIdentity] = []
    /// A mapping's keys, for the duplicate-key check.
    var keys: [(identity: KeyIdentity, mark: YAMLSyntaxError.Mark)] = []
    /// A mapping has read a key and waits for its value.
    var awaitingValue = false
    /// The key the next value of a kept mapping goes with; `nil` once refused.
    var key: (text: String, location: SourceLocation)?

    init(
        isMapping: Bool, role: Role, mark: YAMLSyntaxError.Mark, location: SourceLocation, depth: Int,
        anchor: String?, tag: String?
    ) {
        self.isMapping = isMapping
        self.role = role
        self.mark = mark
        self.location = location
        self.depth = depth
        self.anchor = anchor
        self.tag = tag
    }

    /// Takes a finished child: a node when kept, an identity when inside a key.
    mutating func receive(_ node: YAMLNode?, identity: KeyIdentity?) {
        if role == .key, let identity { identities.append(identity) }
        guard isMapping else {
            if role == .kept, let node { items.append(node) }
            return
        }
        defer { awaitingValue.toggle() }
        guard awaitingValue else { return }
        if role == .kept, let key, let node {
            pairs.append(.init(key: key.text, keyLocation: key.location, value: node))
        }
        key = nil
    }
}
