import Foundation
import Synchronization

/// Signed-in sessions, in memory: a restart signs everyone out, which a hall's desk can bear
/// and which keeps no session secret on disk. A session ends after 8 hours without a request.
public final class SessionStore: Sendable {
    private struct Entry {
        var user: SignedInUser
        var lastSeen: Date
    }

    public static let idleLimit: TimeInterval = 8 * 3600
    private let entries = Mutex<[String: Entry]>([:])

    public init() {}

    /// A new session for `user`; its token is what the cookie holds.
    public func start(_ user: SignedInUser) -> String {
        let token = RandomToken.make()
        entries.withLock { $0[token] = Entry(user: user, lastSeen: Date()) }
        return token
    }

    /// The session's user, or nil once it has ended; a request keeps it alive.
    public func user(for token: String, now: Date = Date()) -> SignedInUser? {
        entries.withLock { entries in
            guard var entry = entries[token] else { return nil }
            guard now.timeIntervalSince(entry.lastSeen) < Self.idleLimit else {
                entries[token] = nil
                return nil
            }
            entry.lastSeen = now
            entries[token] = entry
            return entry.user
        }
    }

    public func end(_ token: String) {
        _ = entries.withLock { $0.removeValue(forKey: token) }
    }
}

/// 32 random bytes as URL-safe text, for session ids, form tokens and the setup link.
enum RandomToken {
    /// 32 random bytes in URL-safe base64 without padding. Every response to a browser without
    /// a form token gets one, so it is drawn eight bytes at a time and mapped byte by byte
    /// (a draw per byte and three NSString replacements were a tenth of an API request).
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for _ in 0..<4 { withUnsafeBytes(of: generator.next()) { bytes.append(contentsOf: $0) } }
        let encoded = Data(bytes).base64EncodedString().utf8.compactMap { byte -> UInt8? in
            switch byte {
            case UInt8(ascii: "+"): UInt8(ascii: "-")
            case UInt8(ascii: "/"): UInt8(ascii: "_")
            case UInt8(ascii: "="): nil
            default: byte
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }
}
