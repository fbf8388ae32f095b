extension Migrations {
    /// Issue 9: the post (A岗/B岗) of the staff member an event is about, and directors'
    /// corrections of published rankings, which keep the published result and say who and why.
    static let rankingSchema = """
        ALTER TABLE assessment_event ADD COLUMN post TEXT CHECK (post IN ('A', 'B'));
        CREATE TABLE published_score_correction (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            published_score_id INTEGER NOT NULL REFERENCES published_score(id),
            result TEXT NOT NULL,
            catalog_fingerprint TEXT NOT NULL,
            rules_fingerprint TEXT NOT NULL,
            corrected_at TEXT NOT NULL,
            corrected_by TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0)
        );
        CREATE INDEX published_score_correction_score ON published_score_correction(published_score_id);
        CREATE TRIGGER published_score_correction_frozen_update BEFORE UPDATE ON published_score_correction
            BEGIN SELECT RAISE(ABORT, 'a correction never changes; record a new one'); END;
        CREATE TRIGGER published_score_correction_frozen_delete BEFORE DELETE ON published_score_correction
            BEGIN SELECT RAISE(ABORT, 'a correction never changes; record a new one'); END;
        """
}
