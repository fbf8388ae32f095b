import Dispatch
import Store

/// Runs a synchronous ledger operation on a dispatch queue and suspends the calling task
/// until it is done, so a server's request never holds a thread of Swift's cooperative pool
/// while SQLite works. For the operations made of several reads and writes (scoring, an
/// import) that have no single async GRDB call; single reads use GRDB's async API directly.
enum Offload {
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws(LedgerError) -> T) async throws(LedgerError)
        -> T
    {
        let result: Result<T, LedgerError> = await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: Result { () throws(LedgerError) -> T in try work() })
            }
        }
        return try result.get()
    }
}
