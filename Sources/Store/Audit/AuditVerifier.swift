import GRDB

/// What `audit verify` found: the chain's head, to be noted elsewhere, and every problem, the
/// first entry that does not fit first.
public struct AuditReport: Sendable {
    public var entries: Int
    /// The newest entry and its hash; nil for an empty trail.
    public var head: AuditAnchor?
    public var problems: [AuditProblem]

    public var isIntact: Bool { problems.isEmpty }

    /// What to do when the trail does not account for the ledger.
    public static let remedy = "请勿再写入该数据库；从备份恢复，并由主任查明是谁、何时绕过 onestop 改动了数据库文件"
}

/// Walks the audit chain, checks that its end and a noted head are still there, and that every
/// stored case, step, follow-up, import batch, event and published result is what the trail
/// says, and that the triggers guarding them are as the migrations made them.
public struct AuditVerifier: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func verify(anchor: AuditAnchor? = nil) throws(LedgerError) -> AuditReport {
        try database.read { db in try Self.verify(db, anchor: anchor) }
    }

    static func verify(_ db: Database, anchor: AuditAnchor?) throws -> AuditReport {
        var walk = ChainWalk(anchor: anchor)
        let entries = try Row.fetchCursor(db, sql: "SELECT * FROM audit ORDER BY id")
        while let entry = try entries.next() { walk.add(entry.columnValues) }
        var problems = walk.problems
        let written = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'audit'") ?? 0
        if written > walk.lastID { problems.append(.truncatedTail(lastKept: walk.lastID, lastWritten: written)) }
        if let anchor {
            if let found = walk.anchorHash {
                if found != anchor.hash { problems.append(.anchorChanged(anchor, now: found)) }
            } else {
                problems.append(.anchorGone(anchor))
            }
        }
        problems += try StoredRowsCheck(trail: walk.trail).problems(db)
        problems += try LedgerGuards.problems(db)
        return AuditReport(entries: walk.count, head: walk.head, problems: problems)
    }
}

/// One pass over the trail in id order: each entry must carry the hash of its content chained
/// to the entry before, and follow it without a gap.
private struct ChainWalk {
    let anchor: AuditAnchor?
    var problems: [AuditProblem] = []
    var trail = TrailIndex()
    var count = 0
    var lastID: Int64 = 0
    var head: AuditAnchor?
    var anchorHash: String?
    private var previousHash = AuditChain.genesis

    init(anchor: AuditAnchor?) { self.anchor = anchor }

    mutating func add(_ entry: [String: DatabaseValue]) {
        let id = entry["id"].flatMap(Int64.fromDatabaseValue) ?? 0
        let stored = entry["hash"].flatMap(String.fromDatabaseValue)
        let expected = AuditChain.hash(previous: previousHash, entry)
        if id != lastID + 1 {
            // The entry after a gap cannot fit either: the gap is what is wrong.
            problems.append(.missingEntries(from: lastID + 1, through: id - 1))
        } else if stored == nil {
            problems.append(.unchained(entry: id))
        } else if stored != expected {
            problems.append(.brokenLink(entry: id))
        }
        let hash = stored ?? expected
        if id == anchor?.id { anchorHash = hash }
        trail.add(entry)
        previousHash = hash
        lastID = id
        count += 1
        head = AuditAnchor(id: id, hash: hash)
    }
}
