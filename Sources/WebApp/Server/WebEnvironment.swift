import Catalog
import Foundation
import Hall
import Store

/// What every route group is built with: the hall being served (through the holder, so a
/// reload reaches new requests), the pages, sessions, users, limits and the server's address.
public struct WebEnvironment: Sendable {
    public let holder: HallHolder
    public let pages: PageRenderer
    public let sessions: SessionStore
    public let signInLimiter: AttemptLimiter
    public let progressLimiter: AttemptLimiter
    /// bcrypt's cost for new passwords.
    public let passwordCost: UInt8
    /// Where students reach the server, for the receipt's short link and QR code.
    public let publicBaseURL: String
    public let secureCookies: Bool
    /// The one-time token of the first director's link; nil once a user exists.
    public let setup: SetupLink
    public let log: @Sendable (String) -> Void

    public var hall: HallServices { holder.current }
    public var accounts: UserAccounts {
        let hall = holder.current
        return UserAccounts(database: hall.ledger.database, catalog: hall.catalog, cost: passwordCost)
    }

    public init(
        holder: HallHolder, pages: PageRenderer, publicBaseURL: String, secureCookies: Bool = true,
        passwordCost: UInt8 = 12, signInLimiter: AttemptLimiter = AttemptLimiter(limit: 5, window: 15 * 60),
        progressLimiter: AttemptLimiter = AttemptLimiter(limit: 10, window: 10 * 60),
        log: @escaping @Sendable (String) -> Void
    ) {
        self.holder = holder
        self.pages = pages
        self.sessions = SessionStore()
        self.signInLimiter = signInLimiter
        self.progressLimiter = progressLimiter
        self.passwordCost = passwordCost
        self.publicBaseURL = publicBaseURL
        self.secureCookies = secureCookies
        self.setup = SetupLink()
        self.log = log
    }
}
