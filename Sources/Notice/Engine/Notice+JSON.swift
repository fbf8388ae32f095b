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
        writer.key("assumed")
        writer.strings(assumed)
        writer.key("basis")
        writer.strings(basis)
        writer.key("contacts")
        writer.beginArray()
        for contact in contacts { contact.write(into: &writer) }
        writer.endArray()
        writer.key("decision")
        writer.string(decision.rawValue)
        writer.key("defective")
        writer.strings(defective)
        writer.key("department")
        if let department { department.write(into: &writer) } else { writer.null() }
        writer.key("facts")
        writer.stringMap(facts)
        writer.key("facts_in_words")
        writer.strings(factsInWords)
        writer.key("fee")
        if let fee { fee.write(into: &writer) } else { writer.null() }
        writer.key("green_channel")
        writer.string(greenChannel)
        writer.key("hall")
        writer.string(hall)
        writer.key("in_scope")
        writer.bool(inScope)
        writer.key("institution")
        writer.string(institution)
        writer.key("materials")
        writer.beginArray()
        for material in materials { material.write(into: &writer) }
        writer.endArray()
        writer.key("missing")
        writer.strings(missing)
        writer.key("number")
        writer.string(number)
        writer.key("online")
        writer.string(online)
        writer.key("questions")
        writer.beginArray()
        for question in questions { question.write(into: &writer) }
        writer.endArray()
        writer.key("referral")
        if let referral { referral.write(into: &writer) } else { writer.null() }
        writer.key("refusal")
        if let refusal { refusal.write(into: &writer) } else { writer.null() }
        writer.key("service")
        service.write(into: &writer)
        writer.key("steps")
        writer.beginArray()
        for step in steps { step.write(into: &writer) }
        writer.endArray()
        writer.key("submitted")
        writer.string(submitted)
        writer.key("time_limit")
        if let timeLimit { timeLimit.write(into: &writer) } else { writer.null() }
        writer.key("visits")
        writer.integer(visits)
        writer.key("window")
        if let window { window.write(into: &writer) } else { writer.null() }
        writer.endObject()
        return writer.finish()
    }
}
