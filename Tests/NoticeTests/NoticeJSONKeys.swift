import Foundation

/// The key paths of a notice's JSON (`materials.defect.code`; arrays add no step), to check that
/// the parity tests write every key of the contract with a value at least once.
enum NoticeJSONKeys {
    static let all: Set<String> = {
        let parts: [String: [String]] = [
            "contacts": ["assumed", "department", "office", "phone"],
            "department": ["id", "name"],
            "fee": ["items", "total"],
            "fee.items": ["amount", "approval", "assumed", "basis", "name", "reason"],
            "materials": [
                "assumed", "copies", "defect", "form", "id", "later_deadline", "name", "necessity", "note",
                "originals", "reason", "status", "validity",
            ],
            "materials.defect": ["code", "fix", "on_the_spot", "text"],
            "questions": ["decides", "fact", "labels", "name", "prompt", "values"],
            "referral": ["assumed", "condition", "department", "office", "phone", "reason", "service", "window"],
            "referral.service": ["id", "name"],
            "refusal": ["assumed", "basis", "code", "condition", "reason"],
            "service": ["id", "name"],
            "steps": [
                "applicant_present", "condition", "department", "description", "hand_off", "id", "name", "reason",
                "role", "separate_from",
            ],
            "time_limit": [
                "acceptance_day", "accepted", "assumed", "due", "kind", "note", "provisional", "provisional_note",
                "text", "value",
            ],
            "window": ["assumed", "name", "number", "processes"],
        ]
        let top = [
            "assumed", "basis", "contacts", "decision", "defective", "department", "facts", "facts_in_words", "fee",
            "green_channel", "hall", "in_scope", "institution", "materials", "missing", "number", "online",
            "questions", "referral", "refusal", "service", "steps", "submitted", "time_limit", "visits", "window",
        ]
        return Set(top + parts.flatMap { parent, keys in keys.map { "\(parent).\($0)" } })
    }()

    /// The key paths whose value is there and not empty (not null, "", [] or {}).
    static func reached(in json: String) -> Set<String> {
        var paths: Set<String> = []
        if let value = try? JSONSerialization.jsonObject(with: Data(json.utf8)) {
            collect(value, path: "", into: &paths)
        }
        return paths
    }

    private static func collect(_ value: Any, path: String, into paths: inout Set<String>) {
        switch value {
        case is NSNull: return
        case let text as String where text.isEmpty: return
        case let list as [Any]:
            for element in list { collect(element, path: path, into: &paths) }
            return
        case let object as [String: Any]:
            guard !object.isEmpty else { return }
            // The facts are a map of fact ids, not keys of the contract.
            if path != "facts" {
                for (key, member) in object {
                    collect(member, path: path.isEmpty ? key : "\(path).\(key)", into: &paths)
                }
            }
        default: break
        }
        if !path.isEmpty { paths.insert(path) }
    }
}
