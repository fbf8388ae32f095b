/// Issue 12: fee adjustments (费用减免), approved by a deputy below the catalog's threshold,
/// else by the director. Amounts are whole fen (分) so that sums are exact; a row is never
/// changed or deleted: a mistake is mended by another adjustment's reason, not by editing.
enum FeeAdjustmentSchema {
    static let sql = """
        CREATE TABLE fee_adjustment (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            case_id INTEGER NOT NULL REFERENCES ledger_case(id),
            fee TEXT NOT NULL,
            catalog_fen INTEGER NOT NULL CHECK (catalog_fen >= 0),
            amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
            reason TEXT NOT NULL,
            approved_by TEXT NOT NULL,
            approver_role TEXT NOT NULL,
            approved_at TEXT NOT NULL
        );
        CREATE INDEX fee_adjustment_case ON fee_adjustment(case_id, fee);
        CREATE TRIGGER fee_adjustment_no_update BEFORE UPDATE ON fee_adjustment
            BEGIN SELECT RAISE(ABORT, 'fee adjustments are never changed; record another adjustment'); END;
        CREATE TRIGGER fee_adjustment_no_delete BEFORE DELETE ON fee_adjustment
            BEGIN SELECT RAISE(ABORT, 'fee adjustments are never deleted'); END;
        """
}
