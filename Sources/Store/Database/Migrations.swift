import GRDB

/// Named migrations; once shipped, a migration is never edited: changes come as new ones.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-ledger") { db in
            try db.execute(sql: ledgerSchema)
        }
        migrator.registerMigration("v2-assessment") { db in
            try db.execute(sql: assessmentSchema)
        }
        migrator.registerMigration("v3-ranking-event-post-and-score-corrections") { db in
            try db.execute(sql: rankingSchema)
        }
        migrator.registerMigration("v4-refused-at") { db in
            // A refusal is a decision, not a completion: its time moves out of completed_at.
            try db.execute(
                sql: """
                    ALTER TABLE ledger_case ADD COLUMN refused_at TEXT;
                    UPDATE ledger_case SET refused_at = completed_at, completed_at = NULL WHERE status = 'refused';
                    """)
        }
        migrator.registerMigration("v5-calendar-provisional-due") { db in
            try db.execute(sql: provisionalDueSchema)
        }
        migrator.registerMigration("v6-audit-chain") { db in
            try AuditChainSchema.migrate(db)
        }
        migrator.registerMigration("v7-web-accounts") { db in
            try db.execute(sql: webAccountsSchema)
        }
        migrator.registerMigration("v8-fee-adjustments") { db in
            try db.execute(sql: FeeAdjustmentSchema.sql)
        }
        migrator.registerMigration("v9-ratings") { db in
            try db.execute(sql: RatingSchema.sql)
        }
        migrator.registerMigration("v10-rating-follow-ups") { db in
            try db.execute(sql: RatingFollowUpSchema.sql)
        }
        migrator.registerMigration("v11-patrols") { db in
            try db.execute(sql: PatrolSchema.sql)
        }
        migrator.registerMigration("v12-sunshine") { db in
            try db.execute(sql: SunshineSchema.sql)
        }
        migrator.registerMigration("v13-route-log") { db in
            try db.execute(sql: RouteLogSchema.sql)
        }
        return migrator
    }

    /// The web app's users (bcrypt hashes, never passwords) and its settings, such as the key
    /// that signs a receipt's short link; outside the audit chain, which vouches for the ledger.
    static let webAccountsSchema = """
        CREATE TABLE web_user (
            name TEXT PRIMARY KEY,
            role TEXT NOT NULL CHECK (role IN ('clerk', 'deputy', 'director')),
            password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        );
        CREATE TABLE web_setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """

    static let ledgerSchema = """
        CREATE TABLE import_batch (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            file TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            rows INTEGER NOT NULL,
            imported_at TEXT NOT NULL,
            imported_by TEXT NOT NULL
        );
        CREATE TABLE ledger_case (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            service_id TEXT NOT NULL,
            window_number INTEGER NOT NULL,
            student_number TEXT NOT NULL,
            student_name TEXT,
            facts TEXT NOT NULL DEFAULT '{}',
            materials TEXT NOT NULL DEFAULT '{}',
            post TEXT NOT NULL CHECK (post IN ('A', 'B')),
            channel TEXT NOT NULL,
            green_channel INTEGER NOT NULL DEFAULT 0,
            submitted_at TEXT NOT NULL,
            accepted_on TEXT NOT NULL,
            limit_kind TEXT NOT NULL CHECK (limit_kind IN ('working_days', 'hours', 'on_the_spot')),
            limit_value INTEGER,
            on_correction TEXT NOT NULL CHECK (on_correction IN ('pause', 'restart')),
            due TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('open', 'paused', 'completed', 'refused')),
            paused_at TEXT,
            completed_at TEXT,
            refusal_code TEXT,
            accepted_by TEXT NOT NULL,
            import_batch_id INTEGER REFERENCES import_batch(id)
        );
        CREATE INDEX ledger_case_window ON ledger_case(window_number, status);
        CREATE INDEX ledger_case_due ON ledger_case(status, due);
        CREATE TABLE case_step (
            case_id INTEGER NOT NULL REFERENCES ledger_case(id),
            step_id TEXT NOT NULL,
            performed_by TEXT NOT NULL,
            performed_at TEXT NOT NULL,
            PRIMARY KEY (case_id, step_id)
        );
        CREATE TABLE referral (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            question TEXT NOT NULL,
            student_number TEXT,
            window_number INTEGER,
            taken_by TEXT NOT NULL,
            sent_to TEXT NOT NULL,
            asked_at TEXT NOT NULL,
            due TEXT NOT NULL,
            answered_at TEXT,
            answer TEXT
        );
        CREATE TABLE complaint (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            student_number TEXT,
            about TEXT NOT NULL,
            window_number INTEGER,
            text TEXT NOT NULL,
            received_by TEXT NOT NULL,
            received_at TEXT NOT NULL,
            due TEXT NOT NULL,
            answered_at TEXT,
            answer TEXT
        );
        CREATE TABLE repair (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            student_number TEXT,
            location TEXT NOT NULL,
            description TEXT NOT NULL,
            window_number INTEGER,
            reported_by TEXT NOT NULL,
            reported_at TEXT NOT NULL,
            due TEXT NOT NULL,
            done_at TEXT,
            done_by TEXT
        );
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            entity TEXT NOT NULL,
            entity_id INTEGER NOT NULL,
            action TEXT NOT NULL,
            actor TEXT NOT NULL,
            at TEXT NOT NULL,
            before TEXT,
            after TEXT
        );
        CREATE INDEX audit_entity ON audit(entity, entity_id);
        -- Nothing is deleted, and the trail itself never changes.
        CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
        CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
        CREATE TRIGGER ledger_case_no_delete BEFORE DELETE ON ledger_case
            BEGIN SELECT RAISE(ABORT, 'cases are never deleted'); END;
        CREATE TRIGGER case_step_no_delete BEFORE DELETE ON case_step
            BEGIN SELECT RAISE(ABORT, 'case steps are never deleted'); END;
        CREATE TRIGGER referral_no_delete BEFORE DELETE ON referral
            BEGIN SELECT RAISE(ABORT, 'referrals are never deleted'); END;
        CREATE TRIGGER complaint_no_delete BEFORE DELETE ON complaint
            BEGIN SELECT RAISE(ABORT, 'complaints are never deleted'); END;
        CREATE TRIGGER repair_no_delete BEFORE DELETE ON repair
            BEGIN SELECT RAISE(ABORT, 'repairs are never deleted'); END;
        """

    static let assessmentSchema = """
        CREATE TABLE assessment_event (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            date TEXT NOT NULL,
            window_number INTEGER NOT NULL,
            staff TEXT NOT NULL,
            item TEXT NOT NULL,
            count INTEGER NOT NULL CHECK (count >= 1),
            serious INTEGER NOT NULL DEFAULT 0,
            note TEXT,
            recorded_by TEXT NOT NULL,
            import_batch_id INTEGER REFERENCES import_batch(id)
        );
        CREATE INDEX assessment_event_date ON assessment_event(date);
        CREATE TRIGGER assessment_event_no_delete BEFORE DELETE ON assessment_event
            BEGIN SELECT RAISE(ABORT, 'events are never deleted; record a correction instead'); END;
        CREATE TRIGGER assessment_event_no_update BEFORE UPDATE ON assessment_event
            BEGIN SELECT RAISE(ABORT, 'events are never changed; record a correction instead'); END;
        CREATE TABLE published_score (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            scheme TEXT NOT NULL,
            period TEXT NOT NULL,
            result TEXT NOT NULL,
            catalog_fingerprint TEXT NOT NULL,
            rules_fingerprint TEXT NOT NULL,
            published_at TEXT NOT NULL,
            published_by TEXT NOT NULL,
            UNIQUE (scheme, period)
        );
        CREATE TRIGGER published_score_frozen_update BEFORE UPDATE ON published_score
            BEGIN SELECT RAISE(ABORT, 'a published ranking never changes'); END;
        CREATE TRIGGER published_score_frozen_delete BEFORE DELETE ON published_score
            BEGIN SELECT RAISE(ABORT, 'a published ranking never changes'); END;
        """

    /// Whether a due date (of a case, a referral's feedback, a complaint's answer) rests on a year
    /// whose arrangement was not yet published, so that importing the year can recompute it.
    static let provisionalDueSchema = """
        ALTER TABLE ledger_case ADD COLUMN due_provisional INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX ledger_case_due_provisional ON ledger_case(due_provisional);
        ALTER TABLE referral ADD COLUMN due_provisional INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE complaint ADD COLUMN due_provisional INTEGER NOT NULL DEFAULT 0;
        """
}
