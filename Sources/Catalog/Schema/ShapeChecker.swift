import Foundation
import Synchronization

/// Checks a node against a shape and reports every mismatch; it never stops at the first.
package struct ShapeChecker {
    package var bag = DiagnosticBag()
    /// The path of the node `check` was given, and the keys from it down to the value being
    /// checked: a value's path is made only for a message, as building one for every node of
    /// a province's catalog was a large part of `check`.
    private var root = ""
    private var trail: [Step] = []

    /// A key on the way down: an object's field (no dot before it at the top) or an entry of a
    /// dictionary or of `assumed:` (always after a dot).
    private enum Step {
        case field(String), entry(String)
    }

    /// This thread's patterns, or nil for the shared cache.
    private let patterns: PatternCache?

    package init() { patterns = nil }

    init(patterns: PatternCache) { self.patterns = patterns }

    package mutating func check(_ node: YAMLNode, against shape: Shape, path: String) {
        root = path
        trail.removeAll(keepingCapacity: true)
        check(node, against: shape)
    }

    private mutating func check(_ node: YAMLNode, against shape: Shape) {
        switch shape {
        case .string(let pattern, _, let label):
            guard let text = node.scalar else { return mismatch(node, expected: "文本") }
            if let pattern, !matches(text, pattern) {
                bag.error(
                    "invalid-value",
                    "\(QuotedText.quoted(text))不符合\(name)的格式：应为\(label ?? "与 \(pattern) 相符的文本")",
                    at: node.location)
            }
        case .integer(let minimum):
            guard let value = node.int else { return mismatch(node, expected: "整数") }
            if let minimum, value < minimum {
                bag.error("invalid-value", "\(name)是 \(value)，至少应为 \(minimum)", at: node.location)
            }
        case .number(let minimum):
            guard let value = node.number else { return mismatch(node, expected: "数字") }
            if let minimum, value < minimum {
                bag.error(
                    "invalid-value", "\(name)是 \(value.amountText)，至少应为 \(minimum.amountText)",
                    at: node.location)
            }
        case .boolean:
            if node.bool == nil { mismatch(node, expected: "true 或 false") }
        case .choice(let words):
            guard let text = node.scalar else {
                return mismatch(node, expected: "\(words.joined(separator: ", ")) 之一")
            }
            if !words.contains(text) {
                bag.error(
                    "invalid-value",
                    "\(QuotedText.quoted(text))不是\(name)的可选值\(Suggestion.hint(for: text, among: words))；"
                        + "请从 \(words.joined(separator: ", ")) 中选一个",
                    at: node.location)
            }
        case .list(let element, let nonEmpty):
            guard let items = node.items else { return mismatch(node, expected: "列表") }
            if nonEmpty, items.isEmpty {
                bag.error("invalid-value", "\(name)是空列表；请至少写一项", at: node.location)
            }
            for item in items { check(item, against: element) }
        case .dictionary(let keyPattern, let values):
            guard let pairs = node.pairs else { return mismatch(node, expected: "键值映射") }
            for pair in pairs {
                if let keyPattern, !matches(pair.key, keyPattern) {
                    bag.error(
                        "invalid-value",
                        "\(QuotedText.quoted(pair.key))不是\(name)中有效的键；键应与 \(keyPattern) 相符",
                        at: pair.keyLocation)
                }
                trail.append(.entry(pair.key))
                check(pair.value, against: values)
                trail.removeLast()
            }
        case .object(let object):
            checkObject(node, object)
        }
    }

    private mutating func checkObject(_ node: YAMLNode, _ object: ObjectShape) {
        guard let pairs = node.pairs else { return mismatch(node, expected: "键值映射") }
        let known = object.fields.map(\.name)
        for pair in pairs {
            if pair.key == "assumed" {
                trail.append(.field(pair.key))
                checkAssumed(pair.value, keys: pairs.map(\.key))
                trail.removeLast()
            } else if let field = object.field(named: pair.key) {
                trail.append(.field(pair.key))
                check(pair.value, against: field.shape)
                trail.removeLast()
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
    private mutating func checkAssumed(_ node: YAMLNode, keys: [String]) {
        guard let pairs = node.pairs else { return mismatch(node, expected: "“键: 原因”形式的映射") }
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
                trail.append(.entry(pair.key))
                mismatch(pair.value, expected: "用文字写明的原因")
                trail.removeLast()
            }
        }
    }

    private mutating func mismatch(_ node: YAMLNode, expected: String) {
        bag.error(
            "type-mismatch", "\(name)应为\(expected)，实际是\(node.kindName)；请改正",
            at: node.location)
    }

    /// The checked value's path as messages name it: `“services.fees.amount”`, or the file's top level.
    private var name: String {
        let path = trail.reduce(into: root) { path, step in
            switch step {
            case .field(let key): path = path.isEmpty ? key : "\(path).\(key)"
            case .entry(let key): path += ".\(key)"
            }
        }
        return path.isEmpty ? "文件的顶层" : "“\(path)”"
    }

    package static func matches(_ text: String, _ pattern: String) -> Bool {
        matches(text, CompiledPatterns.expression(for: pattern), pattern: pattern)
    }

    private func matches(_ text: String, _ pattern: String) -> Bool {
        guard let patterns else { return Self.matches(text, pattern) }
        return Self.matches(text, patterns.expression(for: pattern), pattern: pattern)
    }

    private static func matches(_ text: String, _ expression: NSRegularExpression?, pattern: String) -> Bool {
        guard let expression else {
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

    static func compile(_ pattern: String) -> NSRegularExpression? {
        try? NSRegularExpression(pattern: "^(?:\(pattern))$")
    }

    static func expression(for pattern: String) -> NSRegularExpression? {
        if let hit = compiled.withLock({ $0[pattern] }) { return hit.expression }
        let expression = compile(pattern)
        compiled.withLock { $0[pattern] = Shared(expression: expression) }
        return expression
    }
}

/// Patterns compiled for one thread's checks. A shared expression matched from two threads at
/// once is copied for one of them at every match (and the shared cache's lock is contended),
/// so files checked side by side each use their thread's own.
final class PatternCache: @unchecked Sendable {
    // Used by one thread at a time (`CatalogFileReading` hands each its own).
    private var compiled: [String: NSRegularExpression?] = [:]

    func expression(for pattern: String) -> NSRegularExpression? {
        if let hit = compiled[pattern] { return hit }
        let expression = CompiledPatterns.compile(pattern)
        compiled[pattern] = expression
        return expression
    }
}
