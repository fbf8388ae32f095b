import Dispatch
import Synchronization

/// Work spread over every core, its results in order.
enum Concurrently {
    /// `transform` of each of `0..<count`, worked out on every core; one item alone is worked
    /// out here. `transform` must be safe to run on several threads at once.
    static func map<Value: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Value) -> [Value] {
        guard count > 1 else { return (0..<count).map(transform) }
        let slots = Slots<Value>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in slots.store(index, transform(index)) }
        return slots.values()
    }

    /// The results as the threads finish them.
    private final class Slots<Value: Sendable>: Sendable {
        private let slots: Mutex<[Value?]>

        init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

        func store(_ index: Int, _ value: Value) { slots.withLock { $0[index] = value } }

        /// Every slot is filled once `concurrentPerform` has returned.
        func values() -> [Value] { slots.withLock { $0.compactMap { $0 } } }
    }
}
