import Catalog

/// A route's JSON written by hand: the `Encodable` tree was as dear as routing itself, and the
/// route API answers it for every question. The bytes are `JSONOutput.encode(self,
/// snakeCase: true)`'s (JSONOutputParityTests holds them to JSONEncoder's), keys in code-point
/// order; RouteResult's own `encode(to:)` writes `referral` as null when there is none, the
/// synthesized ones leave out a nil optional.
extension RouteResult {
    public func json() -> String {
        var writer = JSONPrettyWriter()
        writer.beginObject()
        writer.key(literal: "alternatives")
        writer.array(alternatives)
        writer.key(literal: "confidence")
        writer.string(confidence.rawValue)
        writer.key(literal: "confidence_label")
        writer.string(confidence.chinese)
        writer.key(literal: "facts")
        writer.stringMap(facts)
        writer.key(literal: "facts_in_words")
        writer.strings(factsInWords)
        writer.key(literal: "matches")
        writer.array(matches)
        writer.key(literal: "out_of_scope")
        writer.bool(outOfScope)
        writer.key(literal: "query")
        writer.string(query)
        writer.key(literal: "referral")
        writer.value(referral)
        writer.endObject()
        return writer.finish()
    }
}

extension RouteResult.Match: JSONWritable {
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.member("department", ifPresent: department)
        writer.member("note", ifPresent: note)
        writer.key(literal: "score")
        writer.number(score)
        writer.key(literal: "service")
        writer.value(service)
        writer.key(literal: "stops")
        writer.array(stops)
        writer.member("window", ifPresent: window)
        writer.endObject()
    }
}

extension RouteResult.Stop: JSONWritable {
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key(literal: "department")
        writer.string(department)
        writer.key(literal: "steps")
        writer.strings(steps)
        writer.endObject()
    }
}

extension RouteResult.WindowRef: JSONWritable {
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key(literal: "assumed")
        writer.bool(assumed)
        writer.key(literal: "name")
        writer.string(name)
        writer.key(literal: "number")
        writer.integer(number)
        writer.endObject()
    }
}

extension RouteResult.Referral: JSONWritable {
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key(literal: "assumed")
        writer.strings(assumed)
        writer.key(literal: "department")
        writer.string(department)
        writer.member("id", ifPresent: id)
        writer.member("office", ifPresent: office)
        writer.member("phone", ifPresent: phone)
        writer.key(literal: "reason")
        writer.string(reason)
        writer.endObject()
    }
}
