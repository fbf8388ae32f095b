/// Something of the catalog or the rules named in a view: `{"id": …, "name": …}`, the same
/// shape in every JSON contract (services, materials, schemes, items).
public struct NamedReference: Sendable, Codable, Hashable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// A window of the hall as views name it: `{"number": 3, "name": "…"}`.
public struct WindowReference: Sendable, Codable, Hashable {
    public var number: Int
    public var name: String

    public init(number: Int, name: String) {
        self.number = number
        self.name = name
    }

    /// The window numbered `number` in `catalog`, with an empty name when the catalog no longer has it.
    public init(number: Int, in catalog: Catalog) {
        self.init(number: number, name: catalog.window(number: number)?.name ?? "")
    }
}
