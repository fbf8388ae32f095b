import Hummingbird

/// The whole web app's router: the middleware every request passes (log, errors, static
/// files, the form token, who is signed in), then each area's routes.
public enum WebRoutes {
    /// Every area, in the order their routes are added.
    static let groups: [any RouteGroup.Type] = [
        SignInRoutes.self, UserRoutes.self,
        GuideRoutes.self, DeskRoutes.self, ProgressRoutes.self, RatingRoutes.self,
        CaseRoutes.self,
        AssessmentRoutes.self, StatusRoutes.self, QualityRoutes.self, PatrolRoutes.self, SunshineRoutes.self,
        APIDocumentRoutes.self, APICatalogRoutes.self, APICaseRoutes.self, APIAssessmentRoutes.self,
    ]

    public static func router(_ environment: WebEnvironment) -> Router<AppRequestContext> {
        let router = Router(context: AppRequestContext.self)
        router.add(middleware: RequestLogMiddleware(write: environment.log))
        router.add(middleware: ErrorMiddleware(pages: environment.pages, log: environment.log))
        // Inside the error middleware: it serves a file when the routes answer 404.
        router.add(middleware: FileMiddleware(PageRenderer.staticFolder, urlBasePath: "/static"))
        router.add(middleware: FormTokenMiddleware(secureCookies: environment.secureCookies))
        router.add(
            middleware: SessionMiddleware(
                sessions: environment.sessions, accounts: { environment.accounts },
                signInLimiter: environment.signInLimiter))
        for group in groups { group.init(environment: environment).register(on: router) }
        return router
    }
}
