import Catalog

/// The parts of a notice as `Notice.json()` writes them (see there for the rules).
extension Notice.MaterialLine {
    /// MaterialLine's own `encode(to:)` writes every optional, nil as null.
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key("assumed")
        writer.strings(assumed)
        writer.key("copies")
        writer.integer(copies)
        writer.key("defect")
        if let defect { defect.write(into: &writer) } else { writer.null() }
        writer.key("form")
        writer.string(form)
        writer.key("id")
        writer.string(id)
        writer.key("later_deadline")
        writer.string(laterDeadline)
        writer.key("name")
        writer.string(name)
        writer.key("necessity")
        writer.string(necessity.rawValue)
        writer.key("note")
        writer.string(note)
        writer.key("originals")
        writer.integer(originals)
        writer.key("reason")
        writer.string(reason)
        writer.key("status")
        writer.string(status.rawValue)
        writer.key("validity")
        writer.string(validity)
        writer.endObject()
    }
}

extension Notice.DefectLine {
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key("code")
        writer.string(code)
        writer.key("fix")
        writer.string(fix)
        writer.key("on_the_spot")
        writer.bool(onTheSpot)
        writer.key("text")
        writer.string(text)
        writer.endObject()
    }
}

extension Notice.WindowInfo {
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key("assumed")
        writer.bool(assumed)
        writer.key("name")
        writer.string(name)
        writer.key("number")
        writer.integer(number)
        writer.member("processes", ifPresent: processes)
        writer.endObject()
    }
}

extension Notice.Referral {
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key("assumed")
        writer.strings(assumed)
        writer.member("condition", ifPresent: condition)
        writer.key("department")
        writer.string(department)
        writer.member("office", ifPresent: office)
        writer.member("phone", ifPresent: phone)
        writer.key("reason")
        writer.string(reason)
        if let service {
            writer.key("service")
            service.write(into: &writer)
        }
        if let window {
            writer.key("window")
            writer.integer(window)
        }
        writer.endObject()
    }
}

extension Notice.Question {
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key("decides")
        writer.strings(decides)
        writer.key("fact")
        writer.string(fact)
        writer.key("labels")
        writer.strings(labels)
        writer.key("name")
        writer.string(name)
        writer.key("prompt")
        writer.string(prompt)
        writer.key("values")
        writer.strings(values)
        writer.endObject()
    }
}

extension Notice.Refusal {
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key("assumed")
        writer.strings(assumed)
        writer.key("basis")
        writer.string(basis)
        writer.key("code")
        writer.string(code)
        writer.key("condition")
        writer.string(condition)
        writer.key("reason")
        writer.string(reason)
        writer.endObject()
    }
}

extension Notice.TimeLimitLine {
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key("acceptance_day")
        writer.string(acceptanceDay)
        writer.key("accepted")
        writer.string(accepted)
        writer.key("assumed")
        writer.bool(assumed)
        writer.key("due")
        writer.string(due)
        writer.key("kind")
        writer.string(kind)
        writer.member("note", ifPresent: note)
        writer.key("provisional")
        writer.bool(provisional)
        writer.member("provisional_note", ifPresent: provisionalNote)
        writer.key("text")
        writer.string(text)
        if let value {
            writer.key("value")
            writer.integer(value)
        }
        writer.endObject()
    }
}

extension Notice.StepLine {
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key("applicant_present")
        writer.bool(applicantPresent)
        writer.member("condition", ifPresent: condition)
        writer.key("department")
        writer.string(department)
        writer.member("description", ifPresent: description)
        writer.key("hand_off")
        writer.bool(handOff)
        writer.key("id")
        writer.string(id)
        writer.key("name")
        writer.string(name)
        writer.key("reason")
        writer.string(reason)
        writer.key("role")
        writer.string(role)
        writer.key("separate_from")
        writer.strings(separateFrom)
        writer.endObject()
    }
}

extension Notice.Fee {
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key("items")
        writer.beginArray()
        for item in items {
            writer.beginObject()
            writer.key("amount")
            writer.number(item.amount)
            writer.key("approval")
            writer.strings(item.approval)
            writer.key("assumed")
            writer.strings(item.assumed)
            writer.member("basis", ifPresent: item.basis)
            writer.key("name")
            writer.string(item.name)
            writer.key("reason")
            writer.string(item.reason)
            writer.endObject()
        }
        writer.endArray()
        writer.key("total")
        writer.number(total)
        writer.endObject()
    }
}

extension Notice.Contact {
    func write(into writer: inout JSONPrettyWriter) {
        writer.beginObject()
        writer.key("assumed")
        writer.strings(assumed)
        writer.key("department")
        writer.string(department)
        writer.member("office", ifPresent: office)
        writer.member("phone", ifPresent: phone)
        writer.endObject()
    }
}
