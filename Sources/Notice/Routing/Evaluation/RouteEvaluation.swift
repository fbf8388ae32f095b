import Catalog

/// How well the router answers a query set: the first answer right (top-1), the right service
/// among the first three (top-3), and how it tells outside matters from the hall's
/// (out-of-scope precision and recall), with every miss for whoever tunes the catalog.
public struct RouteEvaluation: Sendable {
    public struct Miss: Sendable {
        public var question: RouteQuestion
        /// What the router answered first: a service id, `outside:<department>` or `desk`.
        public var answered: String
    }

    public struct Tally: Sendable {
        public var questions = 0
        public var topOne = 0
        public var topThree = 0

        public var topOneRate: Double { questions == 0 ? 0 : Double(topOne) / Double(questions) }
        public var topThreeRate: Double { questions == 0 ? 0 : Double(topThree) / Double(questions) }
    }

    /// Every question: its first answer right (an outside matter is right when referred).
    public var all = Tally()
    /// The hall's questions only: the right service first, among the first three.
    public var hall = Tally()
    /// Outside questions answered as outside (true positives), outside questions, and all
    /// questions answered as outside.
    public var outsideFound = 0
    public var outsideQuestions = 0
    public var answeredOutside = 0
    /// Hall questions sent to a department outside (the worst miss: 首问负责 exists against it).
    public var hallReferredOutside = 0
    public var byStyle: [String: Tally] = [:]
    /// How often each confidence level was right: 高 should almost never be wrong.
    public var byConfidence: [RouteConfidence: Tally] = [:]
    public var misses: [Miss] = []

    public var outsideRecall: Double { outsideQuestions == 0 ? 1 : Double(outsideFound) / Double(outsideQuestions) }
    public var outsidePrecision: Double { answeredOutside == 0 ? 1 : Double(outsideFound) / Double(answeredOutside) }

    public init(router: Router, questions: [RouteQuestion]) {
        for question in questions {
            let result = router.route(question.text, limit: 3)
            let first = result.outOfScope ? nil : result.matches.first?.service.id
            let answered =
                first ?? (result.referral?.id.map { "outside:\($0)" } ?? "desk")
            var right = false
            var inThree = false
            switch question.expected {
            case .service(let id, let also):
                let accepted = Set([id] + also)
                right = first.map(accepted.contains) ?? false
                inThree = !result.outOfScope && result.matches.prefix(3).contains { accepted.contains($0.service.id) }
                hall.questions += 1
                hall.topOne += right ? 1 : 0
                hall.topThree += inThree ? 1 : 0
                if result.outOfScope, result.referral?.id != nil { hallReferredOutside += 1 }
            case .outside:
                outsideQuestions += 1
                right = result.outOfScope
                inThree = right
                outsideFound += right ? 1 : 0
            }
            answeredOutside += result.outOfScope ? 1 : 0
            all.questions += 1
            all.topOne += right ? 1 : 0
            all.topThree += inThree ? 1 : 0
            byStyle[question.style, default: Tally()].questions += 1
            byStyle[question.style, default: Tally()].topOne += right ? 1 : 0
            byStyle[question.style, default: Tally()].topThree += inThree ? 1 : 0
            byConfidence[result.confidence, default: Tally()].questions += 1
            byConfidence[result.confidence, default: Tally()].topOne += right ? 1 : 0
            if !right { misses.append(Miss(question: question, answered: answered)) }
        }
    }
}
