import Foundation
import Hummingbird
import NIOCore

/// A form as the browser sends it (`application/x-www-form-urlencoded`), fields in order; a
/// name may repeat (ticked materials). Pages read fields by name, never by position.
public struct FormFields: Sendable, Equatable {
    public var pairs: [(name: String, value: String)]

    public init(pairs: [(name: String, value: String)] = []) {
        self.pairs = pairs
    }

    public init(encoded text: String) {
        pairs = text.split(separator: "&", omittingEmptySubsequences: true).map { field in
            let parts = field.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            return (name, value)
        }
    }

    public init(buffer: ByteBuffer) {
        self.init(encoded: String(buffer: buffer))
    }

    /// The form a request posts, read up to the context's upload limit.
    public static func posted(_ request: Request, _ context: some RequestContext) async throws -> FormFields {
        FormFields(buffer: try await request.body.collect(upTo: context.maxUploadSize))
    }

    /// The first value of `name` exactly as typed (a password: spaces are part of it).
    public func untrimmed(_ name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// The first value of `name`, trimmed; nil when absent or blank.
    public func value(_ name: String) -> String? {
        let value = pairs.first { $0.name == name }?.value.trimmingCharacters(in: .whitespacesAndNewlines)
        return value?.isEmpty == false ? value : nil
    }

    /// Every non-blank value of `name`, in order.
    public func values(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map { $0.value.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }

    /// Fields named `prefix.key`, as `[key: value]` (facts: `fact.student_type=undergraduate`).
    public func dictionary(prefix: String) -> [String: String] {
        var result: [String: String] = [:]
        for pair in pairs where pair.name.hasPrefix(prefix + ".") {
            let value = pair.value.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !value.isEmpty else { continue }
            result[String(pair.name.dropFirst(prefix.count + 1))] = value
        }
        return result
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    public static func == (lhs: FormFields, rhs: FormFields) -> Bool {
        lhs.pairs.map(\.name) == rhs.pairs.map(\.name) && lhs.pairs.map(\.value) == rhs.pairs.map(\.value)
    }
}
