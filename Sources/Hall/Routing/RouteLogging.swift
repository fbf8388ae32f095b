import Assessment
import Catalog
import Notice
import Store

/// Routing that learns from the hall (issue 14): every question asked at the desk or the API is
/// logged (its text only, numbers blotted out) with the first answer, and the service the clerk
/// then opened; `misses` lists where the first answer was corrected or nothing was found, with
/// suggested additions. Nothing here changes the catalog: an administrator decides.
public struct RouteLogging: Sendable {
    public let ledger: Ledger
    public let routing: QuestionRouting

    public init(ledger: Ledger, routing: QuestionRouting) {
        self.ledger = ledger
        self.routing = routing
    }

    /// The first answer as logged: a service id, `outside:<department>` or `desk`.
    public static func answer(of result: RouteResult) -> String {
        if result.outOfScope { return result.referral?.id.map { "outside:\($0)" } ?? "desk" }
        return result.matches.first?.service.id ?? "desk"
    }

    /// Routes and logs the question; the log's id (nil when it could not be written: routing
    /// never fails because the log did).
    public func ask(_ question: String, limit: Int, channel: RouteQuestionRecord.Channel) async
        -> (result: RouteResult, logged: Int64?)
    {
        let result = routing.route(question, limit: limit)
        let ledger = self.ledger
        let logged = try? await Offload.run { () throws(LedgerError) in
            try ledger.logRouteQuestion(
                question, answer: Self.answer(of: result), confidence: result.confidence.rawValue, channel: channel)
        }
        return (result, logged)
    }

    /// The clerk opened `service` from the results of logged question `id`.
    public func choose(question id: Int64, service: String) async {
        let ledger = self.ledger
        _ = try? await Offload.run { () throws(LedgerError) in
            try ledger.recordRouteChoice(question: id, service: service)
        }
    }

    /// The period's misses, grouped, with suggestions.
    public func misses(_ period: Period) throws(LedgerError) -> RouteMisses {
        let questions = try ledger.routeQuestions(from: period.first, through: period.last)
        return RouteMisses(period: period.text, questions: questions, catalog: ledger.catalog, router: routing.router)
    }
}
