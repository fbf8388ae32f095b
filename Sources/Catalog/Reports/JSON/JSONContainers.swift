/// The containers of `JSONTreeEncoder`, each writing into its node.
struct KeyedJSONContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONNode
    let codingPath: [any CodingKey]
    let snakeCase: Bool

    private func name(_ key: Key) -> String { snakeCase ? SnakeCaseKeys.converted(key.stringValue) : key.stringValue }

    private func put(_ value: JSONNode.Value, _ key: Key) { node.set(JSONNode(value), forKey: name(key)) }

    mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(.literal(value ? "true" : "false"), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(try JSONScalar.number(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(try JSONScalar.number(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(JSONScalar.integer(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(JSONScalar.integer(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(JSONScalar.integer(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(JSONScalar.integer(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(JSONScalar.integer(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(JSONScalar.integer(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(JSONScalar.integer(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(JSONScalar.integer(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(JSONScalar.integer(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(JSONScalar.integer(value), key) }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        let child = JSONNode()
        try JSONTreeEncoder.encode(value, into: child, path: codingPath + [key], snakeCase: snakeCase)
        node.set(child, forKey: name(key))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = JSONNode()
        node.set(child, forKey: name(key))
        return JSONTreeEncoder(node: child, codingPath: codingPath + [key], snakeCase: snakeCase)
            .container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = JSONNode()
        node.set(child, forKey: name(key))
        return JSONTreeEncoder(node: child, codingPath: codingPath + [key], snakeCase: snakeCase).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: name(key)) }

    private func superEncoder(named name: String) -> any Encoder {
        let child = JSONNode()
        node.set(child, forKey: name)
        return JSONTreeEncoder(node: child, codingPath: codingPath, snakeCase: snakeCase)
    }
}

struct UnkeyedJSONContainer: UnkeyedEncodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]
    let snakeCase: Bool
    var count: Int { node.count }

    private var nextPath: [any CodingKey] { codingPath + [JSONKey(intValue: count)] }

    mutating func encodeNil() throws { node.append(JSONNode(.null)) }
    mutating func encode(_ value: Bool) throws { node.append(JSONNode(.literal(value ? "true" : "false"))) }
    mutating func encode(_ value: String) throws { node.append(JSONNode(.string(value))) }
    mutating func encode(_ value: Double) throws { node.append(JSONNode(try JSONScalar.number(value))) }
    mutating func encode(_ value: Float) throws { node.append(JSONNode(try JSONScalar.number(value))) }
    mutating func encode(_ value: Int) throws { node.append(JSONNode(JSONScalar.integer(value))) }

    mutating func encode(_ value: some Encodable) throws {
        let child = JSONNode()
        try JSONTreeEncoder.encode(value, into: child, path: nextPath, snakeCase: snakeCase)
        node.append(child)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
        NestedKey
    > {
        let child = JSONNode()
        let path = nextPath
        node.append(child)
        return JSONTreeEncoder(node: child, codingPath: path, snakeCase: snakeCase).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = JSONNode()
        let path = nextPath
        node.append(child)
        return JSONTreeEncoder(node: child, codingPath: path, snakeCase: snakeCase).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let child = JSONNode()
        let path = nextPath
        node.append(child)
        return JSONTreeEncoder(node: child, codingPath: path, snakeCase: snakeCase)
    }
}

struct SingleJSONContainer: SingleValueEncodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]
    let snakeCase: Bool

    mutating func encodeNil() throws { node.value = .null }
    mutating func encode(_ value: Bool) throws { node.value = .literal(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { node.value = .string(value) }
    mutating func encode(_ value: Double) throws { node.value = try JSONScalar.number(value) }
    mutating func encode(_ value: Float) throws { node.value = try JSONScalar.number(value) }
    mutating func encode(_ value: Int) throws { node.value = JSONScalar.integer(value) }
    mutating func encode(_ value: Int8) throws { node.value = JSONScalar.integer(value) }
    mutating func encode(_ value: Int16) throws { node.value = JSONScalar.integer(value) }
    mutating func encode(_ value: Int32) throws { node.value = JSONScalar.integer(value) }
    mutating func encode(_ value: Int64) throws { node.value = JSONScalar.integer(value) }
    mutating func encode(_ value: UInt) throws { node.value = JSONScalar.integer(value) }
    mutating func encode(_ value: UInt8) throws { node.value = JSONScalar.integer(value) }
    mutating func encode(_ value: UInt16) throws { node.value = JSONScalar.integer(value) }
    mutating func encode(_ value: UInt32) throws { node.value = JSONScalar.integer(value) }
    mutating func encode(_ value: UInt64) throws { node.value = JSONScalar.integer(value) }

    mutating func encode(_ value: some Encodable) throws {
        try JSONTreeEncoder.encode(value, into: node, path: codingPath, snakeCase: snakeCase)
    }
}
