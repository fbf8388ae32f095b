/// Finds every `assumed:` mapping in a file and records what it marks, with a readable path.
package enum AssumedValueCollector {
    package static func collect(in node: YAMLNode, path: String) -> [AssumedValue] {
        var found: [AssumedValue] = []
        walk(node, path: path, into: &found)
        return found
    }

    private static func walk(_ node: YAMLNode, path: String, into found: inout [AssumedValue]) {
        switch node.kind {
        case .scalar: return
        case .sequence(let items):
            for (index, item) in items.enumerated() {
                walk(item, path: "\(path)[\(label(of: item) ?? String(index))]", into: &found)
            }
        case .mapping(let pairs):
            for pair in pairs where pair.key != "assumed" {
                walk(pair.value, path: path.isEmpty ? pair.key : "\(path).\(pair.key)", into: &found)
            }
            for reason in node["assumed"]?.pairs ?? [] {
                guard let marked = node[reason.key] else { continue }
                found.append(
                    AssumedValue(
                        subject: path.isEmpty ? reason.key : "\(path).\(reason.key)", value: summary(of: marked),
                        reason: reason.value.scalar ?? "", location: marked.location))
            }
        }
    }

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
