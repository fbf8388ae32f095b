import Catalog
import Foundation
import GRDB
import HummingbirdBcrypt
import Store

/// The web app's users in the ledger's database: a name from the hall's staff list (so the
/// ledger records them as the actor of every write), a role, and a bcrypt hash of the password.
public struct UserAccounts: Sendable {
    public let database: AppDatabase
    public let catalog: Catalog
    /// bcrypt's cost: 12 in use; tests may lower it.
    public let cost: UInt8

    public static let minimumPasswordLength = 10

    public init(database: AppDatabase, catalog: Catalog, cost: UInt8 = 12) {
        self.database = database
        self.catalog = catalog
        self.cost = cost
    }

    public var isEmpty: Bool {
        get throws(LedgerError) {
            try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM web_user") ?? 0 } == 0
        }
    }

    /// Adds a user; the name must be on the hall's staff list when it keeps one.
    /// Refuses with a `CodedError`: a name off the staff list, a short password, a name taken.
    public func add(name: String, role: Role, password: String, by creator: String, at time: CivilDateTime) throws {
        // The staff id the ledger records (a display name is taken and stored as the id).
        let name = try Ledger.staffActor(name, catalog: catalog)
        guard password.count >= Self.minimumPasswordLength else {
            throw WebError.passwordTooShort(minimum: Self.minimumPasswordLength)
        }
        let hash = Bcrypt.hash(password, cost: cost)
        let inserted = try database.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM web_user WHERE name = ?", arguments: [name]) == nil else {
                return false
            }
            try db.execute(
                sql: "INSERT INTO web_user (name, role, password_hash, created_at, created_by) VALUES (?, ?, ?, ?, ?)",
                arguments: [name, role.rawValue, hash, time.description, creator])
            return true
        }
        if !inserted { throw WebError.userExists(name) }
    }

    /// The user when `password` is theirs; bcrypt runs even for an unknown name, so the time
    /// taken does not tell which names exist.
    public func verify(name: String, password: String) throws(LedgerError) -> SignedInUser? {
        let row = try database.read { db in
            try Row.fetchOne(db, sql: "SELECT role, password_hash FROM web_user WHERE name = ?", arguments: [name])
        }
        let hash: String = row?["password_hash"] ?? Self.decoyHash
        let matches = Bcrypt.verify(password, hash: hash)
        guard matches, let row, let role = Role(rawValue: row["role"]) else { return nil }
        return SignedInUser(name: name, role: role, displayName: displayName(of: name))
    }

    /// A user as the director's user list shows them.
    public struct Listed: Sendable, Hashable, Encodable {
        public var name: String
        public var displayName: String
        public var role: String
        public var roleName: String
        public var createdAt: String
        public var createdBy: String
    }

    public func list() throws(LedgerError) -> [Listed] {
        let rows = try database.read { db in
            try Row.fetchAll(db, sql: "SELECT name, role, created_at, created_by FROM web_user ORDER BY name")
        }
        return rows.map { row in
            let role = Role(rawValue: row["role"]) ?? .clerk
            return Listed(
                name: row["name"], displayName: displayName(of: row["name"]), role: role.rawValue,
                roleName: role.chineseName, createdAt: row["created_at"], createdBy: row["created_by"])
        }
    }

    public func displayName(of name: String) -> String {
        catalog.hall?.staffMember(name)?.name ?? name
    }

    /// A hash of nothing anyone types, checked when the name is unknown.
    private static let decoyHash = Bcrypt.hash("onestop-decoy-\(UUID().uuidString)", cost: 12)
}
