/// Issue 13: 阳光窗口. Students' votes (one per student number per period, the number kept
/// only as an HMAC under this database's own key, so it can be neither read nor recomputed
/// without the key) and the teachers' and hall's opinions, the latest per window and source in
/// force. Nothing here is changed or deleted; the key is written once, on first use.
enum SunshineSchema {
    static let sql = """
        CREATE TABLE sunshine_key (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            key BLOB NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE sunshine_vote (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            period TEXT NOT NULL,
            window INTEGER NOT NULL,
            voter TEXT NOT NULL,
            cast_at TEXT NOT NULL,
            channel TEXT NOT NULL CHECK (channel IN ('on_site', 'online')),
            UNIQUE (period, voter)
        );
        CREATE INDEX sunshine_vote_period ON sunshine_vote(period, window);
        CREATE TABLE sunshine_opinion (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            period TEXT NOT NULL,
            window INTEGER NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('teachers', 'hall')),
            score REAL NOT NULL CHECK (score >= 0 AND score <= 100),
            note TEXT,
            entered_by TEXT NOT NULL,
            entered_at TEXT NOT NULL
        );
        CREATE INDEX sunshine_opinion_period ON sunshine_opinion(period, window, source);
        CREATE TRIGGER sunshine_key_no_update BEFORE UPDATE ON sunshine_key
            BEGIN SELECT RAISE(ABORT, 'the sunshine key never changes, or votes could be cast twice'); END;
        CREATE TRIGGER sunshine_key_no_delete BEFORE DELETE ON sunshine_key
            BEGIN SELECT RAISE(ABORT, 'the sunshine key is never deleted'); END;
        CREATE TRIGGER sunshine_vote_no_update BEFORE UPDATE ON sunshine_vote
            BEGIN SELECT RAISE(ABORT, 'a vote is never changed'); END;
        CREATE TRIGGER sunshine_vote_no_delete BEFORE DELETE ON sunshine_vote
            BEGIN SELECT RAISE(ABORT, 'a vote is never deleted'); END;
        CREATE TRIGGER sunshine_opinion_no_update BEFORE UPDATE ON sunshine_opinion
            BEGIN SELECT RAISE(ABORT, 'an opinion is never changed; enter a new one'); END;
        CREATE TRIGGER sunshine_opinion_no_delete BEFORE DELETE ON sunshine_opinion
            BEGIN SELECT RAISE(ABORT, 'an opinion is never deleted'); END;
        """
}
