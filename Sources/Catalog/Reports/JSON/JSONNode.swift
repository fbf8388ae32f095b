/// A JSON value as `JSONTreeEncoder` builds it, written out by `JSONText`.
final class JSONNode {
    enum Value {
        case null
        case literal(String)
        case string(String)
        case array([JSONNode])
        /// Members in the order encoded; a key encoded twice keeps its last value.
        case object([(key: String, node: JSONNode)])
    }

    /// A value that encodes nothing is written as an empty object, as JSONEncoder does.
    var value: Value = .object([])
    private var isContainer = false

    init() {}
    init(_ value: Value) { self.value = value }

    /// Starts (or, for a second keyed container on the same encoder, keeps) an object.
    func makeObject() {
        if case .object = value, isContainer { return }
        value = .object([])
        isContainer = true
    }

    func makeArray() {
        if case .array = value, isContainer { return }
        value = .array([])
        isContainer = true
    }

    func set(_ node: JSONNode, forKey key: String) {
        guard case .object(var members) = value else { return }
        value = .null  // drops the reference so the dictionary is mutated in place
        members.append((key, node))
        value = .object(members)
    }

    func append(_ node: JSONNode) {
        guard case .array(var elements) = value else { return }
        value = .null
        elements.append(node)
        value = .array(elements)
    }

    var count: Int {
        switch value {
        case .array(let elements): elements.count
        case .object(let members): members.count
        default: 0
        }
    }
}
