import Foundation
import Synchronization

/// Checks a node against a shape and reports every mismatch; it never stops at the first.
package struct ShapeChecker {
    package var bag = DiagnosticBag()

    package init() {}

    package mutating func check(_ node: YAMLNode, against shape: Shape, path: String) {
        switch shape {
        case .string(let pattern, _, let label):
            guard let text = node.scalar else { return mismatch(node, expected: "文本", path: path) }
            if let pattern, !Self.matches(text, pattern) {
                bag.error(
                    "invalid-value",
                    "\(QuotedText.quoted(text))不符合\(Self.name(path))的格式：应为\(label ?? "与 \(pattern) 相符的文本")",
                    at: node.location)
            }
        case .integer(let minimum):
            guard let value = node.int else { return mismatch(node, expected: "整数", path: path) }
            if let minimum, value < minimum {
                bag.error("invalid-value", "\(Self.name(path))是 \(value)，至少应为 \(minimum)", at: node.location)
            }
        case .number(let minimum):
            guard let value = node.number else { return mismatch(node, expected: "数字", path: path) }
            if let minimum, value < minimum {
                bag.error(
                    "invalid-value", "\(Self.name(path))是 \(value.amountText)，至少应为 \(minimum.amountText)",
                    at: node.location)
            }
        case .boolean:
            if node.bool == nil { mismatch(node, expected: "true 或 false", path: path) }
        case .choice(let words):
            guard let text = node.scalar else {
                return mismatch(node, expected: "\(words.joined(separator: ", ")) 之一", path: path)
            }
            if !words.contains(text) {
                bag.error(
                    "invalid-value",
                    "\(QuotedText.quoted(text))不是\(Self.name(path))的可选值\(Suggestion.hint(for: text, among: words))；"
                        + "请从 \(words.joined(separator: ", ")) 中选一个",
                    at: node.location)
            }
        case .list(let element, let nonEmpty):
            guard let items = node.items else { return mismatch(node, expected: "列表", path: path) }
            if nonEmpty, items.isEmpty {
                bag.error("invalid-value", "\(Self.name(path))是空列表；请至少写一项", at: node.location)
            }
            for item in items { check(item, against: element, path: path) }
        case .dictionary(let keyPattern, let values):
            guard let pairs = node.pairs else { return mismatch(node, expected: "键值映射", path: path) }
            for pair in pairs {
                if let keyPattern, !Self.matches(pair.key, keyPattern) {
                    bag.error(
                        "invalid-value",
                        "\(QuotedText.quoted(pair.key))不是\(Self.name(path))中有效的键；键应与 \(keyPattern) 相符",
                        at: pair.keyLocation)
                }
                check(pair.value, against: values, path: "\(path).\(pair.key)")
            }
        case .object(let object):
            checkObject(node, object, path: path)
        }
    }

    private mutating func checkObject(_ node: YAMLNode, _ object: ObjectShape, path: String) {
        guard let pairs = node.pairs else { return mismatch(node, expected: "键值映射", path: path) }
        let known = object.fields.map(\.name)
        for pair in pairs {
            let childPath = path.isEmpty ? pair.key : "\(path).\(pair.key)"
            if pair.key == "assumed" {
                checkAssumed(pair.value, keys: pairs.map(\.key), path: childPath)
            } else if let field = object.field(named: pair.key) {
                check(pair.value, against: field.shape, path: childPath)
            } else {
                let guess = Suggestion.guess(for: pair.key, among: known)
                bag.error(
                    "unknown-key",
                    "未知的键\(QuotedText.quoted(pair.key))（\(object.label)中没有这个键\(guess.isEmpty ? "" : "，\(guess)")）；"
                        + "请删除或改正拼写",
                    at: pair.keyLocation)
            }
        }
        let present = Set(pairs.map(\.key))
        for field in object.fields where field.required && !present.contains(field.name) {
            var choices = ""
            if case .choice(let words) = field.shape { choices = "（可选 \(words.joined(separator: ", "))）" }
            bag.error(
                "missing-key", "\(object.label)缺少必填的键“\(field.name)”；请补上\(choices)", at: node.location)
        }
        if !object.exactlyOneOf.isEmpty {
            let given = object.exactlyOneOf.filter(present.contains)
            if given.count != 1 {
                bag.error(
                    "conflicting-keys",
                    "\(object.label)须写且只写 \(object.exactlyOneOf.joined(separator: ", ")) 中的一个"
                        + (given.isEmpty ? "；请补上其中一个" : "；现在写了 \(given.joined(separator: " 和 "))，请只留一个"),
                    at: node.location)
            }
        }
    }

    /// `assumed:` maps keys of the same mapping to the reason the value is assumed.
    private mutating func checkAssumed(_ node: YAMLNode, keys: [String], path: String) {
        guard let pairs = node.pairs else { return mismatch(node, expected: "“键: 原因”形式的映射", path: path) }
        let candidates = keys.filter { $0 != "assumed" }
        for pair in pairs {
            if !candidates.contains(pair.key) {
                bag.error(
                    "assumed-unknown-key",
                    "assumed 中的\(QuotedText.quoted(pair.key))不是这个映射里的键"
                        + "\(Suggestion.hint(for: pair.key, among: candidates))；请写这个映射中已有的键",
                    at: pair.keyLocation)
            }
            if pair.value.scalar == nil {
                mismatch(pair.value, expected: "用文字写明的原因", path: "\(path).\(pair.key)")
            }
        }
    }

    private mutating func mismatch(_ node: YAMLNode, expected: String, path: String) {
        bag.error(
            "type-mismatch", "\(Self.name(path))应为\(expected)，实际是\(node.kindName)；请改正",
            at: node.location)
    }

    /// A value's path as messages name it: `“services.fees.amount”`, or the file's top level.
    private static func name(_ path: String) -> String {
        path.isEmpty ? "文件的顶层" : "“\(path)”"
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
