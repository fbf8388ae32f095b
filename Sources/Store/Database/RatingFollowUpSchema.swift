/// Issue 13: what follows a bad rating (差评), one row per act, never changed or deleted: the
/// 回访 (callback) and the 整改 (rectification) by the window, a staff member's appeal (申诉)
/// that the rating is unfounded, and the director's review of it (upheld: the appeal stands;
/// rejected: the rating stands). Deadlines are reckoned from the rating's time when read.
enum RatingFollowUpSchema {
    static let sql = """
        CREATE TABLE rating_follow_up (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            rating_id INTEGER NOT NULL REFERENCES rating(id),
            kind TEXT NOT NULL CHECK (kind IN ('callback', 'rectification', 'appeal', 'review')),
            decision TEXT CHECK (decision IS NULL OR decision IN ('upheld', 'rejected')),
            note TEXT NOT NULL,
            done_by TEXT NOT NULL,
            done_at TEXT NOT NULL,
            CHECK ((kind = 'review') = (decision IS NOT NULL)),
            UNIQUE (rating_id, kind)
        );
        CREATE TRIGGER rating_follow_up_no_update BEFORE UPDATE ON rating_follow_up
            BEGIN SELECT RAISE(ABORT, 'a rating follow-up is never changed'); END;
        CREATE TRIGGER rating_follow_up_no_delete BEFORE DELETE ON rating_follow_up
            BEGIN SELECT RAISE(ABORT, 'a rating follow-up is never deleted'); END;
        """
}
