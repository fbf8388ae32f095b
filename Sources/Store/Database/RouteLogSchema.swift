/// Issue 14: the questions asked of the router at the desk and through the API, so that an
/// administrator can see where routing failed (`onestop route misses`). Only the question's
/// text is kept, with digit runs (student, ID and phone numbers) blotted out before it is
/// written; who asked is not recorded. `chosen_service` is the service the clerk opened from
/// the results, set once. Outside the audit chain: it is a tuning aid, not a record of the hall.
enum RouteLogSchema {
    static let sql = """
        CREATE TABLE route_question (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            asked_at TEXT NOT NULL,
            channel TEXT NOT NULL CHECK (channel IN ('desk', 'api')),
            question TEXT NOT NULL,
            answer TEXT NOT NULL,
            confidence TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
            chosen_service TEXT,
            chosen_at TEXT
        );
        CREATE INDEX route_question_asked ON route_question(asked_at);
        CREATE TRIGGER route_question_question_fixed BEFORE UPDATE OF question, answer, asked_at ON route_question
            BEGIN SELECT RAISE(ABORT, 'a logged question is never rewritten'); END;
        """
}
