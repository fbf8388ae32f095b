/// Issue 13: 好差评. One rating per case (一次一评 / 一事一评), by its applicant, of a completed
/// or refused case; tied to the case's window and to the staff member who closed it. A rating
/// is never changed or deleted: an appeal is its own record, which keeps the trail.
enum RatingSchema {
    static let sql = """
        CREATE TABLE rating (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            case_id INTEGER NOT NULL UNIQUE REFERENCES ledger_case(id),
            window_number INTEGER NOT NULL,
            staff TEXT,
            level TEXT NOT NULL CHECK (level IN (
                'very_satisfied', 'satisfied', 'basically_satisfied', 'dissatisfied', 'very_dissatisfied')),
            reasons TEXT NOT NULL DEFAULT '[]',
            comment TEXT,
            channel TEXT NOT NULL CHECK (channel IN ('on_site', 'online')),
            rated_at TEXT NOT NULL
        );
        CREATE INDEX rating_window ON rating(window_number, rated_at);
        CREATE TRIGGER rating_no_update BEFORE UPDATE ON rating
            BEGIN SELECT RAISE(ABORT, 'a rating is never changed; an appeal is recorded on its own'); END;
        CREATE TRIGGER rating_no_delete BEFORE DELETE ON rating
            BEGIN SELECT RAISE(ABORT, 'a rating is never deleted'); END;
        """
}
