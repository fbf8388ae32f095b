import Foundation
import Synchronization

/// Checks a node against a shape and reports every mismatch; it never stops at the first.
package struct ShapeChecker {
    package var bag = DiagnosticBag()

    package init() {}

    package mutating func check(_ node: YAMLNode, against shape: Shape, path: String) {
        switch shape {
        case .string(let pattern, let hint):
            guard let text = node.scalar else { return mismatch(node, expected: "text", path: path) }
            if let pattern, !Self.matches(text, pattern) {
                bag.error(
                    "invalid-value",
                    "\(QuotedText.quoted(text)) is not valid for '\(path)': expected \(hint ?? pattern)",
                    at: node.location)
            }
        case .integer(let minimum):
            guard let value = node.int else { return mismatch(node, expected: "a whole number", path: path) }
            if let minimum, value < minimum {
                bag.error(
                    "invalid-value", "'\(path)' is \(value); it must be at least \(minimum)", at: node.location)
            }
        case .number(let minimum):
            guard let value = node.number else { return mismatch(node, expected: "a number", path: path) }
            if let minimum, value < minimum {
                bag.error(
                    "invalid-value", "'\(path)' is \(value.amountText); it must be at least \(minimum.amountText)",
                    at: node.location)
            }
        case .boolean:
            if node.bool == nil { mismatch(node, expected: "true or false", path: path) }
        case .choice(let words):
            guard let text = node.scalar else {
                return mismatch(node, expected: "one of \(words.joined(separator: ", "))", path: path)
            }
            if !words.contains(text) {
                bag.error(
                    "invalid-value",
                    "\(QuotedText.quoted(text)) is not a valid '\(path)'\(Suggestion.hint(for: text, among: words)); "
                        + "use one of \(words.joined(separator: ", "))",
                    at: node.location)
            }
        case .list(let element, let nonEmpty):
            guard let items = node.items else { return mismatch(node, expected: "a list", path: path) }
            if nonEmpty, items.isEmpty {
                bag.error("invalid-value", "'\(path)' is empty; list at least one entry", at: node.location)
            }
            for item in items { check(item, against: element, path: path) }
        case .dictionary(let keyPattern, let values):
            guard let pairs = node.pairs else { return mismatch(node, expected: "a mapping", path: path) }
            for pair in pairs {
                if let keyPattern, !Self.matches(pair.key, keyPattern) {
                    bag.error(
                        "invalid-value", "\(QuotedText.quoted(pair.key)) is not a valid key in '\(path)'",
                        at: pair.keyLocation)
                }
                check(pair.value, against: values, path: "\(path).\(pair.key)")
            }
        case .object(let object):
            checkObject(node, object, path: path)
        }
    }

    private mutating func checkObject(_ node: YAMLNode, _ object: ObjectShape, path: String) {
        guard let pairs = node.pairs else { return mismatch(node, expected: "a mapping", path: path) }
        let known = object.fields.map(\.name)
        for pair in pairs {
            let childPath = path.isEmpty ? pair.key : "\(path).\(pair.key)"
            if pair.key == "assumed" {
                checkAssumed(pair.value, keys: pairs.map(\.key), path: childPath)
            } else if let field = object.field(named: pair.key) {
                check(pair.value, against: field.shape, path: childPath)
            } else {
                bag.error(
                    "unknown-key",
                    "unknown key \(QuotedText.quoted(pair.key)) in \(object.title)\(Suggestion.hint(for: pair.key, among: known)); "
                        + "remove it or correct its spelling",
                    at: pair.keyLocation)
            }
        }
        let present = Set(pairs.map(\.key))
        for field in object.fields where field.required && !present.contains(field.name) {
            bag.error(
                "missing-key", "\(object.title) is missing required key '\(field.name)' (\(field.summary))",
                at: node.location)
        }
        if !object.exactlyOneOf.isEmpty {
            let given = object.exactlyOneOf.filter(present.contains)
            if given.count != 1 {
                bag.error(
                    "conflicting-keys",
                    "\(object.title) needs exactly one of \(object.exactlyOneOf.joined(separator: ", "))"
                        + (given.isEmpty ? "" : "; found \(given.joined(separator: " and "))"),
                    at: node.location)
            }
        }
    }

    /// `assumed:` maps keys of the same mapping to the reason the value is assumed.
    private mutating func checkAssumed(_ node: YAMLNode, keys: [String], path: String) {
        guard let pairs = node.pairs else { return mismatch(node, expected: "a mapping of key: reason", path: path) }
        let candidates = keys.filter { $0 != "assumed" }
        for pair in pairs {
            if !candidates.contains(pair.key) {
                bag.error(
                    "assumed-unknown-key",
                    "'assumed' names \(QuotedText.quoted(pair.key)), which this mapping does not have"
                        + "\(Suggestion.hint(for: pair.key, among: candidates)); name one of its keys",
                    at: pair.keyLocation)
            }
            if pair.value.scalar == nil {
                mismatch(pair.value, expected: "a reason in words", path: "\(path).\(pair.key)")
            }
        }
    }

    private mutating func mismatch(_ node: YAMLNode, expected: String, path: String) {
        bag.error(
            "type-mismatch", "'\(path)' should be \(expected), found \(node.kindName)", at: node.location)
    }

    package static func matches(_ text: String, _ pattern: String) -> Bool {
        guard let expression = CompiledPatterns.expression(for: pattern) else {
            return text.range(of: "^(?:\(pattern))$", options: .regularExpression) != nil
        }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}

/// Each shape pattern compiled once: a province's catalog matches the same few patterns
/// hundreds of thousands of times, and compiling one per match was a third of `check`.
enum CompiledPatterns {
    /// NSRegularExpression is immutable once made and safe to share between threads.
    private struct Shared: @unchecked Sendable { let expression: NSRegularExpression? }

    private static let compiled = Mutex<[String: Shared]>([:])

    static func expression(for pattern: String) -> NSRegularExpression? {
        if let hit = compiled.withLock({ $0[pattern] }) { return hit.expression }
        let expression = try? NSRegularExpression(pattern: "^(?:\(pattern))$")
        compiled.withLock { $0[pattern] = Shared(expression: expression) }
        return expression
    }
}
