import Hummingbird

/// One area of the web app (sign-in, the guide, the desk, cases, assessment, status, the API):
/// it reads the environment and adds its routes. Route groups hold no business logic: they
/// parse the request, call the Hall target's operation, and render what it returns.
public protocol RouteGroup: Sendable {
    init(environment: WebEnvironment)
    func register(on router: Router<AppRequestContext>)
}
