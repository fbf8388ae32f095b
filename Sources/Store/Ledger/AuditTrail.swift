import Foundation
import GRDB

/// Appends to the audit trail inside the same transaction as the change it records. Each entry
/// names the stored row it is about, carries digests of that row before and after, and is
/// chained to the entry before it (`AuditChain`). A change to a row is appended first and then
/// made: the triggers of `v6-audit-chain` refuse an update the newest entry does not announce.
enum AuditTrail {
    static func append(
        _ db: Database, entity: String, id: Int64, action: String, actor: String, at: String,
        before: (some Encodable)?, after: (some Encodable)?
    ) throws {
        let beforeText = before.map { json($0) }
        let afterText = after.map { json($0) }
        var values: [String: DatabaseValue] = [
            "entity": entity.databaseValue, "entity_id": id.databaseValue, "action": action.databaseValue,
            "actor": actor.databaseValue, "at": at.databaseValue,
            "before": beforeText.databaseValue, "after": afterText.databaseValue,
        ]
        if let row = try AuditedRow(db, before: before, after: after) {
            values["row_table"] = row.table.rawValue.databaseValue
            values["row_key"] = row.key.databaseValue
            values["before_digest"] = row.beforeDigest.databaseValue
            values["after_digest"] = row.afterDigest.databaseValue
        }
        try AuditChain.append(db, values)
    }

    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }

    static func history(_ db: Database, entity: String, id: Int64) throws -> [AuditRecord] {
        try AuditRecord.filter(AuditRecord.Columns.entity == entity && AuditRecord.Columns.entityId == id)
            .order(Column("id")).fetchAll(db)
    }
}
