/// Finds every `assumed:` mapping in a file and records what it marks, with a readable path.
package enum AssumedValueCollector {
    package static func collect(in node: YAMLNode, path: String) -> [AssumedValue] {
        var found: [AssumedValue] = []
        walk(node, path: { path }, into: &found)
        return found
    }

    /// `path` makes the node's path only when an `assumed:` needs it: building one for every
    /// node of a province's catalog was a tenth of `check`.
    private static func walk(_ node: YAMLNode, path: () -> String, into found: inout [AssumedValue]) {
        switch node.kind {
        case .scalar: return
        case .sequence(let items):
            for (index, item) in items.enumerated() where !item.isScalar {
                walk(item, path: { "\(path())[\(label(of: item) ?? String(index))]" }, into: &found)
            }
        case .mapping(let pairs):
            for pair in pairs where pair.key != "assumed" && !pair.value.isScalar {
                walk(pair.value, path: { joined(path(), pair.key) }, into: &found)
            }
            guard let reasons = node["assumed"]?.pairs, !reasons.isEmpty else { return }
            let here = path()
            for reason in reasons {
                guard let marked = node[reason.key] else { continue }
                found.append(
                    AssumedValue(
                        subject: joined(here, reason.key), value: summary(of: marked),
                        reason: reason.value.scalar ?? "", location: marked.location))
            }
        }
    }

    private static func joined(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// A list item is named by its id, code, material or number, when it has one.
    private static func label(of node: YAMLNode) -> String? {
        ["id", "code", "material", "number", "name"].lazy.compactMap { node.string($0) }.first
    }

    private static func summary(of node: YAMLNode) -> String {
        switch node.kind {
        case .scalar(let text, _): text
        case .sequence(let items): "[" + items.map(summary(of:)).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            "{" + pairs.map { "\($0.key): \(summary(of: $0.value))" }.joined(separator: ", ") + "}"
        }
    }
}
