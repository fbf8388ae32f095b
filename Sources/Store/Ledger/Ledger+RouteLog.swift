import Catalog
import GRDB

/// The router's question log: written when a question is asked, the clerk's choice added once.
extension Ledger {
    /// Logs a question (scrubbed of numbers) with the router's first answer; returns its id.
    public func logRouteQuestion(
        _ question: String, answer: String, confidence: String, channel: RouteQuestionRecord.Channel
    ) throws(LedgerError) -> Int64 {
        let at = clock.now().description
        return try database.write { db in
            var record = RouteQuestionRecord(
                id: nil, askedAt: at, channel: channel, question: RouteQuestionRecord.scrubbed(question),
                answer: answer, confidence: confidence, chosenService: nil, chosenAt: nil)
            try record.insert(db)
            return record.id ?? 0
        }
    }

    /// Records the service a clerk opened from a logged question's results; the first choice stays.
    public func recordRouteChoice(question id: Int64, service: String) throws(LedgerError) {
        let at = clock.now().description
        try database.write { db in
            try db.execute(
                sql:
                    "UPDATE route_question SET chosen_service = ?, chosen_at = ? WHERE id = ? AND chosen_service IS NULL",
                arguments: [service, at, id])
        }
    }

    /// The questions asked on the days `from` through `through`, oldest first.
    public func routeQuestions(from: CivilDate, through: CivilDate) throws(LedgerError) -> [RouteQuestionRecord] {
        let start = from.description
        let end = through.adding(days: 1).description
        return try database.read { db in
            try RouteQuestionRecord.filter(sql: "asked_at >= ? AND asked_at < ?", arguments: [start, end])
                .order(Column("id")).fetchAll(db)
        }
    }
}
