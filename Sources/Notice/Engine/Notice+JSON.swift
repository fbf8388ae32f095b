import Catalog

/// The notice's JSON written by hand: the `Encodable` tree cost more than building the notice.
/// The bytes are `JSONOutput.encode(self, snakeCase: true)`'s (JSONOutputParityTests holds them
/// to JSONEncoder's); keys in code-point order of their snake_case names, and each optional as
/// its `encode(to:)` writes it: `null` from Notice's and MaterialLine's own, omitted from the
/// synthesized ones.
extension Notice {
    /// The notice as pretty, key-sorted JSON.
    public func json() -> String {
        var writer = JSONPrettyWriter(snakeCase: true, capacity: 16_384)
        writer.beginObject()
        writer.key(literal: "assumed")
        writer.strings(assumed)
        writer.key(literal: "basis")
        writer.strings(basis)
        writer.key(literal: "contacts")
        writer.beginArray()
        for contact in contacts { contact.write(into: &writer) }
        writer.endArray()
        writer.key(literal: "decision")
        writer.string(decision.rawValue)
        writer.key(literal: "defective")
        writer.strings(defective)
        writer.key(literal: "department")
        if let department { department.write(into: &writer) } else { writer.null() }
        writer.key(literal: "facts")
        writer.stringMap(facts)
        writer.key(literal: "facts_in_words")
        writer.strings(factsInWords)
        writer.key(literal: "fee")
        if let fee { fee.write(into: &writer) } else { writer.null() }
        writer.key(literal: "green_channel")
        writer.string(greenChannel)
        writer.key(literal: "hall")
        writer.string(hall)
        writer.key(literal: "in_scope")
        writer.bool(inScope)
        writer.key(literal: "institution")
        writer.string(institution)
        writer.key(literal: "materials")
        writer.beginArray()
        for material in materials { material.write(into: &writer) }
        writer.endArray()
        writer.key(literal: "missing")
        writer.strings(missing)
        writer.key(literal: "number")
        writer.string(number)
        writer.key(literal: "online")
        writer.string(online)
        writer.key(literal: "questions")
        writer.beginArray()
        for question in questions { question.write(into: &writer) }
        writer.endArray()
        writer.key(literal: "referral")
        if let referral { referral.write(into: &writer) } else { writer.null() }
        writer.key(literal: "refusal")
        if let refusal { refusal.write(into: &writer) } else { writer.null() }
        writer.key(literal: "service")
        service.write(into: &writer)
        writer.key(literal: "steps")
        writer.beginArray()
        for step in steps { step.write(into: &writer) }
        writer.endArray()
        writer.key(literal: "submitted")
        writer.string(submitted)
        writer.key(literal: "time_limit")
        if let timeLimit { timeLimit.write(into: &writer) } else { writer.null() }
        writer.key(literal: "visits")
        writer.integer(visits)
        writer.key(literal: "window")
        if let window { window.write(into: &writer) } else { writer.null() }
        writer.endObject()
        return writer.finish()
    }
}
