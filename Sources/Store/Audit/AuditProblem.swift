/// Something `audit verify` found that the trail does not account for.
public enum AuditProblem: Sendable, Equatable {
    /// An entry without a hash: not appended by onestop.
    case unchained(entry: Int64)
    /// An entry whose content or place does not fit the chain: edited, inserted or moved.
    case brokenLink(entry: Int64)
    /// Entries missing from the middle of the trail.
    case missingEntries(from: Int64, through: Int64)
    /// Entries missing from the end: the trail's ids went further (SQLite's `sqlite_sequence`).
    case truncatedTail(lastKept: Int64, lastWritten: Int64)
    /// The noted head is no longer in the trail.
    case anchorGone(AuditAnchor)
    /// The noted head's entry now has another hash: the history before it was rewritten.
    case anchorChanged(AuditAnchor, now: String)
    /// A stored row that is not what its last entry says it became.
    case rowChanged(row: String, entry: Int64)
    /// A row the trail records that is no longer stored.
    case rowMissing(row: String, entry: Int64)
    /// A stored row no entry and no import batch accounts for.
    case rowUnrecorded(row: String)
    /// An import batch whose rows are not the rows its digest covers.
    case batchChanged(batch: Int64)
    /// An import batch without a digest over its rows.
    case batchUnsealed(batch: Int64)
    /// A trigger guarding the ledger is gone, or is not as the migrations wrote it, or one was added.
    case guardMissing(trigger: String)
    case guardChanged(trigger: String)
    case guardAdded(trigger: String)

    /// The audit entry the problem is found at, when there is one.
    public var entry: Int64? {
        switch self {
        case .unchained(let entry), .brokenLink(let entry): entry
        case .missingEntries(let from, _): from
        case .truncatedTail(let lastKept, _): lastKept + 1
        case .anchorGone(let anchor), .anchorChanged(let anchor, _): anchor.id
        case .rowChanged(_, let entry), .rowMissing(_, let entry): entry
        case .rowUnrecorded, .batchChanged, .batchUnsealed, .guardMissing, .guardChanged, .guardAdded: nil
        }
    }

    /// A stable name of the kind of problem, for scripts (`--format json`).
    public var code: String {
        switch self {
        case .unchained: "unchained-entry"
        case .brokenLink: "broken-link"
        case .missingEntries: "missing-entries"
        case .truncatedTail: "truncated-tail"
        case .anchorGone: "anchor-gone"
        case .anchorChanged: "anchor-changed"
        case .rowChanged: "row-changed"
        case .rowMissing: "row-missing"
        case .rowUnrecorded: "row-unrecorded"
        case .batchChanged: "batch-changed"
        case .batchUnsealed: "batch-unsealed"
        case .guardMissing: "guard-missing"
        case .guardChanged: "guard-changed"
        case .guardAdded: "guard-added"
        }
    }

    public var message: String {
        switch self {
        case .unchained(let entry): "审计记录 #\(entry) 没有哈希：不是经由 onestop 写入的"
        case .brokenLink(let entry): "审计记录 #\(entry) 与哈希链不符：该记录被改动、插入或调换了位置"
        case .missingEntries(let from, let through):
            "审计记录 \(Self.span(from, through)) 缺失：已被删除"
        case .truncatedTail(let lastKept, let lastWritten):
            "审计记录 \(Self.span(lastKept + 1, lastWritten)) 缺失：审计记录的末尾被删除（现存最后一条为 #\(lastKept)）"
        case .anchorGone(let anchor): "记下的链头 #\(anchor.id) 已不在审计记录中：记录被删除或截断"
        case .anchorChanged(let anchor, let now):
            "记下的链头 #\(anchor.id) 的哈希已变（记下的是 \(anchor.hash.prefix(12))…，现在是 \(now.prefix(12))…）：此前的历史被改写"
        case .rowChanged(let row, let entry): "\(row) 与审计记录 #\(entry) 所记不符：被绕过审计直接修改"
        case .rowMissing(let row, let entry): "\(row) 已不存在（审计记录 #\(entry) 记有它）：被删除"
        case .rowUnrecorded(let row): "\(row) 没有审计记录：不是经由 onestop 写入的"
        case .batchChanged(let batch): "导入批次 #\(batch) 的行与该批次的摘要不符：导入的行被改动、增加或删除"
        case .batchUnsealed(let batch): "导入批次 #\(batch) 没有摘要：不是经由 onestop 导入的"
        case .guardMissing(let trigger): "保护台账的触发器 \(trigger) 已被删除：数据库可被绕过 onestop 改动"
        case .guardChanged(let trigger): "保护台账的触发器 \(trigger) 已被改写，与 onestop 所建的不同"
        case .guardAdded(let trigger): "数据库中有 onestop 未建的触发器 \(trigger)：它可能在写入时暗中改动数据"
        }
    }

    private static func span(_ from: Int64, _ through: Int64) -> String {
        from == through ? "#\(from)" : "#\(from) 至 #\(through)"
    }
}
