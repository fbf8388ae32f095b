import Catalog

/// `{id, name}` as its synthesized `Encodable` writes it, for the hand-written route and notice JSON.
extension NamedReference: JSONWritable {
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key(literal: "id")
        writer.string(id)
        writer.key(literal: "name")
        writer.string(name)
        writer.endObject()
    }
}
