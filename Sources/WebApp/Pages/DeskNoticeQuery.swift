import Foundation
import Hall

/// What the desk's service form says about the applicant, read from its fields (a GET query
/// or the accept form's body): `fact.<id>`, the ticked `have` materials, `defect.<material>`,
/// and `looked`, set once staff have gone through the materials (so none ticked means none brought).
struct DeskNoticeQuery: Sendable {
    var facts: [String: String]
    var have: [String]
    var defects: [String: String]
    var looked: Bool

    init(_ form: FormFields) {
        facts = form.dictionary(prefix: "fact")
        defects = form.dictionary(prefix: "defect")
        // A material with a defect was brought, whether or not its box was ticked.
        var have = form.values("have")
        for material in defects.keys.sorted() where !have.contains(material) { have.append(material) }
        self.have = have
        looked = form.value("looked") != nil || !have.isEmpty
    }

    func request(service: String) -> NoticeIssuing.Request {
        NoticeIssuing.Request(service: service, facts: facts, have: looked ? Set(have) : nil, defects: defects)
    }

    /// The same answers as fields, for the accept form and the print link.
    var fields: [(name: String, value: String)] {
        var fields = facts.sorted { $0.key < $1.key }.map { ("fact.\($0.key)", $0.value) }
        fields += have.map { ("have", $0) }
        fields += defects.sorted { $0.key < $1.key }.map { ("defect.\($0.key)", $0.value) }
        if looked { fields.append(("looked", "1")) }
        return fields
    }

    /// The fields as a URL query (without `?`).
    var queryString: String {
        fields.map { "\(Self.encode($0.name))=\(Self.encode($0.value))" }.joined(separator: "&")
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    static let unreserved = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
}
