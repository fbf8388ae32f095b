import Dispatch
import Store

/// Runs a synchronous ledger operation on a dispatch queue and suspends the calling task
/// until it is done, so a server's request never holds a thread of Swift's cooperative pool
/// while SQLite works. For the operations made of several reads and writes (scoring, an
/// import) that have no single async GRDB call; single reads use GRDB's async API directly.
/// The web app uses it too, for bcrypt and other blocking work.
public enum Offload {
    public static func run<T: Sendable, Failure: Error>(_ work: @escaping @Sendable () throws(Failure) -> T)
        async throws(Failure) -> T
    {
        let result: Result<T, Failure> = await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: Result { () throws(Failure) -> T in try work() })
            }
        }
        return try result.get()
    }
}
