import Foundation

/// Writes the JSON Schema of the catalog files from the same shapes the loader checks against.
public enum JSONSchemaWriter {
    public static func schema() -> String {
        var properties: [String: Any] = [
            "version": ["const": CatalogLoader.formatVersion, "description": "format version"]
        ]
        for kind in CatalogFileKind.allCases {
            for field in CatalogShapes.root(for: kind).fields where field.name != "version" {
                properties[field.name] = describe(field.shape, summary: field.summary)
            }
        }
        let root: [String: Any] = [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://onestop.example/catalog.schema.json",
            "title": "OneStop catalog file",
            "description": "One file of a OneStop catalog: hall.yaml, departments.yaml, facts.yaml, materials.yaml, "
                + "windows/*.yaml, services/*.yaml or calendars/*.yaml. See docs/catalog.md.",
            "type": "object",
            "properties": properties,
            "required": ["version"],
            "additionalProperties": false,
            "minProperties": 2,
            "maxProperties": 2,
        ]
        let data =
            (try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The schema of a file whose root is `root`, e.g. an assessment scheme.
    package static func schema(root: ObjectShape, id: String, title: String, description: String) -> String {
        var document = describe(root)
        document["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        document["$id"] = id
        document["title"] = title
        document["description"] = description
        let data =
            (try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func describe(_ shape: Shape, summary: String? = nil) -> [String: Any] {
        var schema: [String: Any]
        switch shape {
        case .string(let pattern, let hint, _):
            schema = ["type": "string"]
            if let pattern { schema["pattern"] = "^(?:\(pattern))$" }
            if let hint, summary == nil { schema["description"] = hint }
        case .integer(let minimum):
            schema = ["type": "integer"]
            if let minimum { schema["minimum"] = minimum }
        case .number(let minimum):
            schema = ["type": "number"]
            if let minimum { schema["minimum"] = minimum }
        case .boolean:
            schema = ["type": "boolean"]
        case .choice(let words):
            schema = ["type": "string", "enum": words]
        case .list(let element, let nonEmpty):
            schema = ["type": "array", "items": describe(element)]
            if nonEmpty { schema["minItems"] = 1 }
        case .dictionary(let keyPattern, let values):
            schema = ["type": "object", "additionalProperties": describe(values)]
            if let keyPattern { schema["propertyNames"] = ["pattern": "^(?:\(keyPattern))$"] }
        case .object(let object):
            schema = describe(object)
        }
        if let summary { schema["description"] = summary }
        return schema
    }

    private static func describe(_ object: ObjectShape) -> [String: Any] {
        var properties: [String: Any] = [:]
        for field in object.fields { properties[field.name] = describe(field.shape, summary: field.summary) }
        properties["assumed"] = [
            "type": "object", "additionalProperties": ["type": "string"],
            "description": "keys of this mapping whose values are assumed, with the reason",
        ]
        var schema: [String: Any] = [
            "type": "object", "title": object.title, "properties": properties, "additionalProperties": false,
        ]
        let required = object.fields.filter(\.required).map(\.name)
        if !required.isEmpty { schema["required"] = required }
        if !object.exactlyOneOf.isEmpty {
            schema["oneOf"] = object.exactlyOneOf.map { ["required": [$0]] }
        }
        return schema
    }
}
