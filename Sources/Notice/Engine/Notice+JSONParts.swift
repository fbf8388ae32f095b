import Catalog

/// The parts of a notice as `Notice.json()` writes them (see there for the rules).
extension Notice.MaterialLine: JSONWritable {
    /// MaterialLine's own `encode(to:)` writes every optional, nil as null.
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key(literal: "assumed")
        writer.strings(assumed)
        writer.key(literal: "copies")
        writer.integer(copies)
        writer.key(literal: "defect")
        writer.value(defect)
        writer.key(literal: "form")
        writer.string(form)
        writer.key(literal: "id")
        writer.string(id)
        writer.key(literal: "later_deadline")
        writer.string(laterDeadline)
        writer.key(literal: "name")
        writer.string(name)
        writer.key(literal: "necessity")
        writer.string(necessity.rawValue)
        writer.key(literal: "note")
        writer.string(note)
        writer.key(literal: "originals")
        writer.integer(originals)
        writer.key(literal: "reason")
        writer.string(reason)
        writer.key(literal: "status")
        writer.string(status.rawValue)
        writer.key(literal: "validity")
        writer.string(validity)
        writer.endObject()
    }
}

extension Notice.DefectLine: JSONWritable {
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key(literal: "code")
        writer.string(code)
        writer.key(literal: "fix")
        writer.string(fix)
        writer.key(literal: "on_the_spot")
        writer.bool(onTheSpot)
        writer.key(literal: "text")
        writer.string(text)
        writer.endObject()
    }
}

extension Notice.WindowInfo: JSONWritable {
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key(literal: "assumed")
        writer.bool(assumed)
        writer.key(literal: "name")
        writer.string(name)
        writer.key(literal: "number")
        writer.integer(number)
        writer.member("processes", ifPresent: processes)
        writer.endObject()
    }
}

extension Notice.Referral: JSONWritable {
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key(literal: "assumed")
        writer.strings(assumed)
        writer.member("condition", ifPresent: condition)
        writer.key(literal: "department")
        writer.string(department)
        writer.member("office", ifPresent: office)
        writer.member("phone", ifPresent: phone)
        writer.key(literal: "reason")
        writer.string(reason)
        writer.member("service", ifPresent: service)
        if let window {
            writer.key(literal: "window")
            writer.integer(window)
        }
        writer.endObject()
    }
}

extension Notice.Question: JSONWritable {
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key(literal: "decides")
        writer.strings(decides)
        writer.key(literal: "fact")
        writer.string(fact)
        writer.key(literal: "labels")
        writer.strings(labels)
        writer.key(literal: "name")
        writer.string(name)
        writer.key(literal: "prompt")
        writer.string(prompt)
        writer.key(literal: "values")
        writer.strings(values)
        writer.endObject()
    }
}

extension Notice.Refusal: JSONWritable {
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key(literal: "assumed")
        writer.strings(assumed)
        writer.key(literal: "basis")
        writer.string(basis)
        writer.key(literal: "code")
        writer.string(code)
        writer.key(literal: "condition")
        writer.string(condition)
        writer.key(literal: "reason")
        writer.string(reason)
        writer.endObject()
    }
}

extension Notice.TimeLimitLine: JSONWritable {
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key(literal: "acceptance_day")
        writer.string(acceptanceDay)
        writer.key(literal: "accepted")
        writer.string(accepted)
        writer.key(literal: "assumed")
        writer.bool(assumed)
        writer.key(literal: "due")
        writer.string(due)
        writer.key(literal: "kind")
        writer.string(kind)
        writer.member("note", ifPresent: note)
        writer.key(literal: "provisional")
        writer.bool(provisional)
        writer.member("provisional_note", ifPresent: provisionalNote)
        writer.key(literal: "text")
        writer.string(text)
        if let value {
            writer.key(literal: "value")
            writer.integer(value)
        }
        writer.endObject()
    }
}

extension Notice.StepLine: JSONWritable {
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key(literal: "applicant_present")
        writer.bool(applicantPresent)
        writer.member("condition", ifPresent: condition)
        writer.key(literal: "department")
        writer.string(department)
        writer.member("description", ifPresent: description)
        writer.key(literal: "hand_off")
        writer.bool(handOff)
        writer.key(literal: "id")
        writer.string(id)
        writer.key(literal: "name")
        writer.string(name)
        writer.key(literal: "reason")
        writer.string(reason)
        writer.key(literal: "role")
        writer.string(role)
        writer.key(literal: "separate_from")
        writer.strings(separateFrom)
        writer.endObject()
    }
}

extension Notice.Fee: JSONWritable {
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key(literal: "items")
        writer.beginArray()
        for item in items {
            writer.beginObject()
            writer.key(literal: "amount")
            writer.number(item.amount)
            writer.key(literal: "approval")
            writer.strings(item.approval)
            writer.key(literal: "assumed")
            writer.strings(item.assumed)
            writer.member("basis", ifPresent: item.basis)
            writer.key(literal: "name")
            writer.string(item.name)
            writer.key(literal: "reason")
            writer.string(item.reason)
            writer.endObject()
        }
        writer.endArray()
        writer.key(literal: "total")
        writer.number(total)
        writer.endObject()
    }
}

extension Notice.Contact: JSONWritable {
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key(literal: "assumed")
        writer.strings(assumed)
        writer.key(literal: "department")
        writer.string(department)
        writer.member("office", ifPresent: office)
        writer.member("phone", ifPresent: phone)
        writer.endObject()
    }
}
