import Foundation
import Synchronization

/// Counts attempts per key (a client, or a user name) in a sliding window and refuses once
/// there were too many: sign-in failures and progress look-ups, so that no one can guess a
/// password or the last four digits of a student number by trying them all.
public final class AttemptLimiter: Sendable {
    public let limit: Int
    public let window: TimeInterval
    private let attempts = Mutex<[String: [Date]]>([:])

    public init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    /// Refuses when `key` already used its attempts in the window.
    public func check(_ key: String, now: Date = Date()) throws(WebError) {
        let recent = attempts.withLock { attempts in
            let kept = (attempts[key] ?? []).filter { now.timeIntervalSince($0) < window }
            attempts[key] = kept.isEmpty ? nil : kept
            return kept
        }
        if recent.count >= limit, let oldest = recent.first {
            let minutes = Int((window - now.timeIntervalSince(oldest)) / 60) + 1
            throw .tooManyAttempts(minutes: minutes)
        }
    }

    /// Counts one attempt for `key`.
    public func record(_ key: String, now: Date = Date()) {
        attempts.withLock { attempts in
            attempts[key, default: []].append(now)
            if attempts.count > 100_000 {
                attempts = attempts.filter { now.timeIntervalSince($0.value.last ?? now) < window }
            }
        }
    }

    /// Forgets `key`'s attempts (a successful sign-in).
    public func clear(_ key: String) {
        _ = attempts.withLock { $0.removeValue(forKey: key) }
    }
}
