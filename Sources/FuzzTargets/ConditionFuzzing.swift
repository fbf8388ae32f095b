import Catalog
import Foundation

/// A condition's text of any bytes: parsed or refused at an offset inside the text, and a
/// parsed one evaluates against any facts without recursion running away.
enum ConditionFuzzing {
    /// Facts with the names and values the shipped conditions use, so evaluation goes deep.
    static let facts: [[String: String]] = [
        [:],
        ["applicant.level": "postgraduate", "card.reason": "lost"],
        ["applicant.level": "undergraduate", "applicant.status": "graduated", "complaint.about": "logistics"],
    ]

    static func parse(_ input: Data) -> FuzzFindings {
        var findings = FuzzFindings()
        let text = String(decoding: input, as: UTF8.self)
        do {
            let condition = try Condition(parsing: text, at: .start(of: "fuzz"))
            findings.accepted = true
            for facts in facts { _ = condition.evaluate(facts) }
        } catch {
            let length = text.unicodeScalars.count
            if error.offset < 0 || error.offset > length {
                findings.broken.append("refused at offset \(error.offset), outside the text's \(length) characters")
            }
            if error.message.isEmpty { findings.broken.append("refused without a message") }
        }
        return findings
    }
}
