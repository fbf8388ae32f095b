import Hummingbird
import NIOCore

/// What a request carries through the middleware: who is signed in (set by `SessionMiddleware`)
/// and the form token its pages must echo (set by `FormTokenMiddleware`).
public struct AppRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    /// The signed-in user, nil for the public.
    public var user: SignedInUser?
    /// The CSRF token every form on the page sends back (`_csrf`).
    public var formToken = ""
    /// The session cookie's value, kept so that signing out can end it.
    public var sessionToken: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// An events CSV may be 32 MB (the same cap as the command line's import).
    public var maxUploadSize: Int { 33 * 1024 * 1024 }

    /// Who is asking, for rate limits: the peer's address (one key for all when unknown).
    public var clientKey: String { remoteAddress?.ipAddress ?? "unknown" }

    /// The signed-in user when their role reaches `role`; otherwise a refusal the error
    /// middleware turns into the sign-in page (or 401 for the API) or a 403 page.
    public func require(_ role: Role) throws(WebError) -> SignedInUser {
        guard let user else { throw .signInRequired }
        guard user.role >= role else { throw .roleNotAllowed(needed: role) }
        return user
    }
}
