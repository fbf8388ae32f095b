import Catalog
import Notice
import Synchronization

/// First-question routing (首问负责): a student's own words to the window and service, or to
/// the office outside the hall that handles them.
public struct QuestionRouting: Sendable {
    public let router: Router
    /// The route API's answers by question, for this catalog only (a reload builds a new
    /// routing): students ask the same few things all day, and routing and writing the JSON was
    /// most of the API's work.
    private let answers = RouteAnswerCache()

    /// Builds the router's index: do it once per catalog.
    public init(catalog: Catalog) {
        router = Router(catalog: catalog)
    }

    public var catalog: Catalog { router.catalog }

    /// The best `limit` matches (at least one is always asked for).
    public func route(_ question: String, limit: Int = 3) -> RouteResult {
        router.route(question, limit: max(limit, 1))
    }

    /// `route(question, limit:).json()`, remembered: the same words give the same answer for as
    /// long as the catalog is the same.
    public func routeJSON(_ question: String, limit: Int = 3) -> String {
        let key = RouteAnswerCache.Key(question: question, limit: max(limit, 1))
        if let known = answers.answer(for: key) { return known }
        let json = route(question, limit: limit).json()
        answers.remember(json, for: key)
        return json
    }
}

/// A bounded memory of route answers. When full it starts again empty: simpler than an LRU,
/// and the questions that matter come back within seconds.
final class RouteAnswerCache: Sendable {
    struct Key: Hashable, Sendable {
        var question: String
        var limit: Int
    }

    /// At most this many answers (about 2 KB each) are kept.
    static let capacity = 2048
    /// Longer questions are routed every time: they are rarely asked twice in the same words.
    static let longestQuestion = 200

    private let answers = Mutex<[Key: String]>([:])

    func answer(for key: Key) -> String? {
        answers.withLock { $0[key] }
    }

    func remember(_ json: String, for key: Key) {
        guard key.question.utf8.count <= Self.longestQuestion else { return }
        answers.withLock { answers in
            if answers.count >= Self.capacity { answers.removeAll(keepingCapacity: true) }
            answers[key] = json
        }
    }
}
