import Catalog
import Hall
import Synchronization

/// The hall the server is serving now. A request takes `current` once and finishes with it,
/// so a reload (SIGHUP or the director's button) never changes a catalog under a request; a
/// catalog or rules with errors is refused and the previous one keeps serving.
public final class HallHolder: Sendable {
    /// What the last reload found, for the status page.
    public struct ReloadOutcome: Sendable {
        public var at: CivilDateTime
        public var failure: HallOpeningFailure?
    }

    private let state: Mutex<(hall: HallServices, lastReload: ReloadOutcome?)>

    public init(_ hall: HallServices) {
        state = Mutex((hall, nil))
    }

    public var current: HallServices { state.withLock { $0.hall } }
    public var lastReload: ReloadOutcome? { state.withLock { $0.lastReload } }

    /// Reads the catalog and rules again; on errors keeps the hall it had and returns why.
    @discardableResult
    public func reload() -> ReloadOutcome {
        let previous = current
        let at = previous.ledger.clock.now()
        let outcome: ReloadOutcome
        do {
            let hall = try previous.reloaded()
            outcome = ReloadOutcome(at: at, failure: nil)
            state.withLock { $0 = (hall, outcome) }
        } catch {
            outcome = ReloadOutcome(at: at, failure: error)
            state.withLock { $0.lastReload = outcome }
        }
        return outcome
    }
}
