import Catalog
import Foundation

/// The JSON contract of `onestop notice --format json`: snake_case keys, absent parts as `null`.
/// The `Encodable` form is the contract's definition (JSONOutputParityTests holds `json()` to
/// JSONEncoder's bytes of it); `json()` writes the same bytes by hand (Notice+JSON.swift).
extension Notice: Encodable {
    enum Keys: String, CodingKey {
        case number, decision, service, window, department, hall, institution, inScope, referral, basis, materials
        case missing, defective, questions, refusal, timeLimit, steps, visits, fee, greenChannel, online, contacts
        case facts, factsInWords, assumed, submitted
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(number, forKey: .number)
        try container.encode(decision, forKey: .decision)
        try container.encode(service, forKey: .service)
        try container.encode(window, forKey: .window)
        try container.encode(department, forKey: .department)
        try container.encode(hall, forKey: .hall)
        try container.encode(institution, forKey: .institution)
        try container.encode(inScope, forKey: .inScope)
        try container.encode(referral, forKey: .referral)
        try container.encode(basis, forKey: .basis)
        try container.encode(materials, forKey: .materials)
        try container.encode(missing, forKey: .missing)
        try container.encode(defective, forKey: .defective)
        try container.encode(questions, forKey: .questions)
        try container.encode(refusal, forKey: .refusal)
        try container.encode(timeLimit, forKey: .timeLimit)
        try container.encode(steps, forKey: .steps)
        try container.encode(visits, forKey: .visits)
        try container.encode(fee, forKey: .fee)
        try container.encode(greenChannel, forKey: .greenChannel)
        try container.encode(online, forKey: .online)
        try container.encode(contacts, forKey: .contacts)
        try container.encode(facts, forKey: .facts)
        try container.encode(factsInWords, forKey: .factsInWords)
        try container.encode(assumed, forKey: .assumed)
        try container.encode(submitted, forKey: .submitted)
    }
}

extension Notice.MaterialLine {
    enum Keys: String, CodingKey {
        case id, name, status, originals, copies, form, necessity, reason, note, validity, laterDeadline, defect
        case assumed
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(status, forKey: .status)
        try container.encode(originals, forKey: .originals)
        try container.encode(copies, forKey: .copies)
        try container.encode(form, forKey: .form)
        try container.encode(necessity, forKey: .necessity)
        try container.encode(reason, forKey: .reason)
        try container.encode(note, forKey: .note)
        try container.encode(validity, forKey: .validity)
        try container.encode(laterDeadline, forKey: .laterDeadline)
        try container.encode(defect, forKey: .defect)
        try container.encode(assumed, forKey: .assumed)
    }
}
