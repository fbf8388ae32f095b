import Catalog
import Notice

/// Issuing the one-time notice (一次性告知单) for a service: what to bring, what is missing or
/// must be mended, the time limit, the procedure and the fees. Reads the catalog only.
public struct NoticeIssuing: Sendable {
    public let catalog: Catalog
    /// Gives "now" when the applicant's time is not given: the hall's, whatever the machine's zone.
    public let clock: HallClock
    /// Built once per catalog: its working calendar is the costly part of a notice.
    private let engine: Result<NoticeEngine, NoticeError>

    public init(catalog: Catalog, clock: HallClock) {
        self.catalog = catalog
        self.clock = clock
        do throws(NoticeError) {
            engine = .success(try NoticeEngine(catalog: catalog))
        } catch {
            engine = .failure(error)
        }
    }

    /// What a clerk says about the applicant; `submitted` is now on the hall's clock when not given.
    public struct Request: Sendable, Hashable {
        public var service: String
        public var facts: [String: String]
        /// The materials brought; `nil` when the clerk has not looked yet (the notice lists all).
        public var have: Set<String>?
        public var defects: [String: String]
        public var submitted: CivilDateTime?

        public init(
            service: String, facts: [String: String] = [:], have: Set<String>? = nil,
            defects: [String: String] = [:], submitted: CivilDateTime? = nil
        ) {
            self.service = service
            self.facts = facts
            self.have = have
            self.defects = defects
            self.submitted = submitted
        }
    }

    public func issue(_ request: Request) throws(NoticeError) -> Notice {
        return try engine.get().notice(
            for: NoticeRequest(
                service: request.service, facts: request.facts, have: request.have, defects: request.defects,
                submitted: request.submitted ?? clock.now()))
    }
}
