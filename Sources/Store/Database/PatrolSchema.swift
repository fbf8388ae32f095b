/// Issue 13: patrols (巡查). A round (when, who patrolled, which windows) and its findings; each
/// finding is written as an assessment event at once (`event_id`), so the score counts it with
/// the patrol named in the event's note. A window's answer (落实反馈) is its own row, one per
/// finding. Nothing here is changed or deleted: a mistaken finding is mended by a correction.
enum PatrolSchema {
    static let sql = """
        CREATE TABLE patrol (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            patrolled_at TEXT NOT NULL,
            patrollers TEXT NOT NULL,
            windows TEXT NOT NULL,
            scheme TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX patrol_time ON patrol(patrolled_at);
        CREATE TABLE patrol_finding (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            patrol_id INTEGER NOT NULL REFERENCES patrol(id),
            event_id INTEGER NOT NULL UNIQUE REFERENCES assessment_event(id),
            window_number INTEGER NOT NULL,
            staff TEXT NOT NULL,
            item TEXT NOT NULL,
            note TEXT
        );
        CREATE INDEX patrol_finding_patrol ON patrol_finding(patrol_id);
        CREATE INDEX patrol_finding_window ON patrol_finding(window_number);
        CREATE TABLE patrol_answer (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            finding_id INTEGER NOT NULL UNIQUE REFERENCES patrol_finding(id),
            answer TEXT NOT NULL,
            answered_by TEXT NOT NULL,
            answered_at TEXT NOT NULL
        );
        CREATE TRIGGER patrol_no_update BEFORE UPDATE ON patrol
            BEGIN SELECT RAISE(ABORT, 'a patrol is never changed'); END;
        CREATE TRIGGER patrol_no_delete BEFORE DELETE ON patrol
            BEGIN SELECT RAISE(ABORT, 'a patrol is never deleted'); END;
        CREATE TRIGGER patrol_finding_no_update BEFORE UPDATE ON patrol_finding
            BEGIN SELECT RAISE(ABORT, 'a patrol finding is never changed; record a correction instead'); END;
        CREATE TRIGGER patrol_finding_no_delete BEFORE DELETE ON patrol_finding
            BEGIN SELECT RAISE(ABORT, 'a patrol finding is never deleted'); END;
        CREATE TRIGGER patrol_answer_no_update BEFORE UPDATE ON patrol_answer
            BEGIN SELECT RAISE(ABORT, 'an answer to a finding is never changed'); END;
        CREATE TRIGGER patrol_answer_no_delete BEFORE DELETE ON patrol_answer
            BEGIN SELECT RAISE(ABORT, 'an answer to a finding is never deleted'); END;
        """
}
