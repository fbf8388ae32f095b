import Catalog

/// A route's JSON written by hand: the `Encodable` tree was as dear as routing itself, and the
/// route API answers it for every question. The bytes are `JSONOutput.encode(self,
/// snakeCase: true)`'s (RouteResultJSONTests holds them to JSONEncoder's), keys in code-point order.
extension RouteResult {
    public func json() -> String {
        var writer = JSONPrettyWriter(snakeCase: true)
        writer.beginObject()
        writer.key("alternatives")
        Self.write(alternatives, into: &writer)
        writer.key("confidence")
        writer.string(confidence.rawValue)
        writer.key("confidence_label")
        writer.string(confidence.chinese)
        writer.key("facts")
        writer.stringMap(facts)
        writer.key("facts_in_words")
        writer.strings(factsInWords)
        writer.key("matches")
        Self.write(matches, into: &writer)
        writer.key("out_of_scope")
        writer.bool(outOfScope)
        writer.key("query")
        writer.string(query)
        writer.key("referral")
        if let referral { referral.write(into: &writer) } else { writer.null() }
        writer.endObject()
        return writer.finish()
    }

    private static func write(_ matches: [Match], into writer: inout JSONPrettyWriter) {
        writer.beginArray()
        for match in matches { match.write(into: &writer) }
        writer.endArray()
    }
}

extension RouteResult.Match {
    fileprivate func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        if let department {
            writer.key("department")
            department.write(into: &writer)
        }
        if let note {
            writer.key("note")
            writer.string(note)
        }
        writer.key("score")
        writer.number(score)
        writer.key("service")
        service.write(into: &writer)
        writer.key("stops")
        writer.beginArray()
        for stop in stops {
            writer.beginObject()
            writer.key("department")
            writer.string(stop.department)
            writer.key("steps")
            writer.strings(stop.steps)
            writer.endObject()
        }
        writer.endArray()
        if let window {
            writer.key("window")
            writer.beginObject()
            writer.key("assumed")
            writer.bool(window.assumed)
            writer.key("name")
            writer.string(window.name)
            writer.key("number")
            writer.integer(window.number)
            writer.endObject()
        }
        writer.endObject()
    }
}

extension RouteResult.Referral {
    fileprivate func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key("assumed")
        writer.strings(assumed)
        writer.key("department")
        writer.string(department)
        for (key, value) in [("id", id), ("office", office), ("phone", phone)] {
            guard let value else { continue }
            writer.key(key)
            writer.string(value)
        }
        writer.key("reason")
        writer.string(reason)
        writer.endObject()
    }
}
