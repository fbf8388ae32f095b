import GRDB

/// The triggers that guard the ledger, as the migrations create them. Someone who drops one to
/// change rows and puts it back leaves only the trail to find it; one left out or weakened, or
/// one added, is found here.
enum LedgerGuards {
    static func problems(_ db: Database) throws -> [AuditProblem] {
        let expected = try triggers(in: migratedInMemory())
        let found = try triggers(db)
        var problems: [AuditProblem] = []
        for (name, sql) in expected.sorted(by: { $0.key < $1.key }) {
            if let present = found[name] {
                if present != sql { problems.append(.guardChanged(trigger: name)) }
            } else {
                problems.append(.guardMissing(trigger: name))
            }
        }
        for name in found.keys.sorted() where expected[name] == nil {
            problems.append(.guardAdded(trigger: name))
        }
        return problems
    }

    private static func migratedInMemory() throws -> DatabaseQueue {
        let database = try DatabaseQueue()
        try Migrations.migrator.migrate(database)
        return database
    }

    private static func triggers(in database: DatabaseQueue) throws -> [String: String] {
        try database.read { db in try triggers(db) }
    }

    private static func triggers(_ db: Database) throws -> [String: String] {
        var triggers: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'") {
            triggers[row["name"]] = row["sql"]
        }
        return triggers
    }
}
