import Foundation
import GRDB

/// Appends to the audit trail inside the same transaction as the change it records.
enum AuditTrail {
    static func append(
        _ db: Database, entity: String, id: Int64, action: String, actor: String, at: String,
        before: (some Encodable)?, after: (some Encodable)?
    ) throws {
        var beforeText: String?
        var afterText: String?
        if let before { beforeText = json(before) }
        if let after { afterText = json(after) }
        var entry = AuditRecord(
            id: nil, entity: entity, entityId: id, action: action, actor: actor, at: at, before: beforeText,
            after: afterText)
        try entry.insert(db)
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
