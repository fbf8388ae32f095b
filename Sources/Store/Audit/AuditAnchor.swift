/// A chain head noted outside the database (printed, mailed to the director): `ID:HASH`. The
/// chain can be recomputed by anyone who rewrites history, but not to end in a hash noted before.
public struct AuditAnchor: Sendable, Equatable, CustomStringConvertible {
    public var id: Int64
    /// SHA-256, 64 lowercase hex digits.
    public var hash: String

    public init(id: Int64, hash: String) {
        self.id = id
        self.hash = hash
    }

    /// `ID:HASH` as `audit verify` prints it; nil when it is not of that form.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let id = Int64(parts[0].trimmingSpaces), id > 0 else { return nil }
        let hash = parts[1].trimmingSpaces.lowercased()
        guard hash.count == 64, hash.allSatisfy({ $0.isHexDigit }) else { return nil }
        self.init(id: id, hash: hash)
    }

    public var description: String { "\(id):\(hash)" }

    /// What is wrong with a text given as an anchor, for `--anchor`.
    public static let format = "锚点应写作 编号:哈希（如 12:9f86d08…，哈希为 64 位十六进制），即 audit verify 所列的链头"
}

extension Substring {
    fileprivate var trimmingSpaces: String { String(self).trimmingSpaces }
}
