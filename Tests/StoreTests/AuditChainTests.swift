import Foundation
import GRDB
import Testing

@testable import Store

/// Issue 10 §3: the audit trail is a hash chain; an entry edited, deleted, inserted or moved is
/// found at its id, and so are a cut-off tail and a history rewritten to a new chain (by the
/// head noted before).
@Suite struct AuditChainTests {
    let fixture: AuditFixture

    init() throws {
        fixture = try AuditFixture()
        try fixture.day()
    }

    @Test func aLedgerWrittenThroughOnestopVerifies() throws {
        defer { fixture.remove() }
        let report = try fixture.verifier.verify()
        #expect(report.problems == [])
        #expect(report.entries > 10)
        let head = try #require(report.head)
        #expect(head.id == (try fixture.lastEntry()) && head.hash.count == 64)
        #expect(try fixture.verifier.verify(anchor: head).isIntact)
    }

    @Test func anEditedEntryIsFound() throws {
        defer { fixture.remove() }
        try fixture.tamper(dropping: ["audit_is_append_only_update"], "UPDATE audit SET actor = '别人' WHERE id = 3")
        #expect(try fixture.verifier.verify().problems.first == .brokenLink(entry: 3))
    }

    @Test func aDeletedEntryIsFound() throws {
        defer { fixture.remove() }
        try fixture.tamper(dropping: ["audit_is_append_only_delete"], "DELETE FROM audit WHERE id = 2")
        #expect(try fixture.verifier.verify().problems.first == .missingEntries(from: 2, through: 2))
    }

    @Test func anInsertedEntryIsFound() throws {
        defer { fixture.remove() }
        let next = try fixture.lastEntry() + 1
        let forged = """
            INSERT INTO audit (id, entity, entity_id, action, actor, at, hash)
            VALUES (?, 'case', 1, 'complete', '小王', '2026-10-14T16:00', ?)
            """
        // Without a hash, or not at the end, the database refuses it.
        #expect(throws: (any Error).self) { try fixture.tamper(forged, [next, nil]) }
        #expect(throws: (any Error).self) { try fixture.tamper(forged, [1, String(repeating: "0", count: 64)]) }
        try fixture.tamper(forged, [next, String(repeating: "0", count: 64)])
        #expect(try fixture.verifier.verify().problems.first == .brokenLink(entry: next))
        try fixture.tamper(dropping: ["audit_is_chained"], forged, [next + 1, nil])
        #expect(try fixture.verifier.verify().problems.contains(.unchained(entry: next + 1)))
    }

    @Test func aReorderedEntryIsFound() throws {
        defer { fixture.remove() }
        // Entries 2 and 3 swap places: each keeps its content and hash, under the other's id.
        try fixture.tamper(
            dropping: ["audit_is_append_only_update"],
            """
            UPDATE audit SET id = -2 WHERE id = 2; UPDATE audit SET id = 2 WHERE id = 3;
            UPDATE audit SET id = 3 WHERE id = -2
            """)
        #expect(try fixture.verifier.verify().problems.first == .brokenLink(entry: 2))
    }

    @Test func aCutOffTailIsFound() throws {
        defer { fixture.remove() }
        let last = try fixture.lastEntry()
        try fixture.tamper(dropping: ["audit_is_append_only_delete"], "DELETE FROM audit WHERE id >= ?", [last - 1])
        let problems = try fixture.verifier.verify().problems
        #expect(problems.first == .truncatedTail(lastKept: last - 2, lastWritten: last))
    }

    @Test func aRewrittenHistoryIsFoundByTheNotedHead() throws {
        defer { fixture.remove() }
        let head = try #require(try fixture.verifier.verify().head)
        // Someone moves case 1's completion a day earlier, in the case and in its entry, and
        // recomputes the whole chain and the row's digest: the chain alone cannot tell.
        let entry = try #require(try fixture.entries(about: "ledger_case", key: "id=1").last)
        try fixture.tamper(
            dropping: ["ledger_case_audited_update"],
            "UPDATE ledger_case SET completed_at = '2026-10-13T16:00' WHERE id = 1")
        let digest = try fixture.ledger.database.read { db in
            RowDigest.digest(
                table: "ledger_case",
                try #require(try Row.fetchOne(db, sql: "SELECT * FROM ledger_case WHERE id = 1")).columnValues)
        }
        try fixture.tamper(
            dropping: ["audit_is_append_only_update"], "UPDATE audit SET after_digest = ? WHERE id = ?",
            [digest, entry])
        try fixture.rechain()
        #expect(try fixture.verifier.verify().problems == [])
        let problems = try fixture.verifier.verify(anchor: head).problems
        #expect(problems.count == 1)
        guard case .anchorChanged(head, _) = problems.first else {
            Issue.record("expected the noted head to have changed, got \(problems)")
            return
        }
    }

    @Test func aNotedHeadThatIsGoneIsFound() throws {
        defer { fixture.remove() }
        let anchor = AuditAnchor(id: try fixture.lastEntry() + 5, hash: String(repeating: "a", count: 64))
        #expect(try fixture.verifier.verify(anchor: anchor).problems == [.anchorGone(anchor)])
    }
}

@Suite struct AuditAnchorTests {
    @Test func anchorsAreReadAsPrinted() {
        let hash = String(repeating: "ab", count: 32)
        #expect(AuditAnchor("12:\(hash.uppercased())") == AuditAnchor(id: 12, hash: hash))
        #expect(AuditAnchor("12:\(hash)")?.description == "12:\(hash)")
        for bad in [
            "12", "12:abc", ":\(hash)", "0:\(hash)", "x:\(hash)", "12:\(hash):1",
            "12:" + String(repeating: "g", count: 64),
        ] {
            #expect(AuditAnchor(bad) == nil)
        }
    }
}
