import Catalog

/// `{id, name}` as its synthesized `Encodable` writes it, for the hand-written route and notice JSON.
extension NamedReference {
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key("id")
        writer.string(id)
        writer.key("name")
        writer.string(name)
        writer.endObject()
    }
}
