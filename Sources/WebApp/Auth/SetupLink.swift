import Synchronization

/// The first director's account: on a start with no users the server prints a link holding a
/// one-time token; whoever opens it first sets the director's name and password, and the link
/// stops working. The token lives in memory only, so a restart prints a new one.
public final class SetupLink: Sendable {
    private let token = Mutex<String?>(nil)

    public init() {}

    /// A new token, replacing any earlier one.
    public func issue() -> String {
        let fresh = RandomToken.make()
        token.withLock { $0 = fresh }
        return fresh
    }

    public func isValid(_ candidate: String) -> Bool {
        token.withLock { $0 != nil && $0 == candidate }
    }

    /// Ends the link once the director exists.
    public func consume(_ candidate: String) -> Bool {
        token.withLock { current in
            guard current != nil, current == candidate else { return false }
            current = nil
            return true
        }
    }
}
