import Catalog
import Foundation
import Hummingbird
import Mustache

/// Renders the web app's pages from the Mustache templates in `Templates/`: each page template
/// fills the `layout` parent's `title` and `body` blocks; the layout draws the chrome (the
/// hall's name, the navigation the signed-in role may use, who is signed in). `{{x}}` is
/// HTML-escaped; only markup the server itself made (the notice, an SVG) is put in raw.
public struct PageRenderer: Sendable {
    let library: MustacheLibrary
    let hallName: @Sendable () -> String

    public init(library: MustacheLibrary, hallName: @escaping @Sendable () -> String) {
        self.library = library
        self.hallName = hallName
    }

    /// The templates shipped with the web app.
    public static func shipped(hallName: @escaping @Sendable () -> String) async throws -> PageRenderer {
        guard let folder = Bundle.module.path(forResource: "Templates", ofType: nil) else {
            throw WebError.badRequestBody("找不到页面模板")
        }
        return PageRenderer(library: try await MustacheLibrary(directory: folder), hallName: hallName)
    }

    /// The folder of static files (style sheet) shipped with the web app.
    public static var staticFolder: String { Bundle.module.path(forResource: "Static", ofType: nil) ?? "Static" }

    /// The page `template` with `page` as its data (`{{#page}}…{{/page}}` in the template).
    public func render(
        _ template: String, title: String, page: Any = [String: String](), context: AppRequestContext,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let chrome = Chrome(hallName: hallName(), title: title, user: context.user, csrf: context.formToken)
        let html = library.render(PageData(chrome: chrome, page: page), withTemplate: template) ?? ""
        return Self.html(html, status: status)
    }

    public static func html(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// A refusal as a page: the message, the code staff quote, and a way back.
    public func error(_ error: any CodedError, status: HTTPResponse.Status, context: AppRequestContext) -> Response {
        let page = ErrorPage(
            message: error.message, code: error.errorCode.rawValue,
            diagnostics: error.details.diagnostics.map(\.formatted), signIn: error.errorCode == .signInRequired)
        return render("error", title: "无法完成", page: page, context: context, status: status)
    }

    public func notFound(context: AppRequestContext) -> Response {
        let page = ErrorPage(message: "没有这个页面，请从导航栏进入", code: "not-found", diagnostics: [], signIn: false)
        return render("error", title: "页面不存在", page: page, context: context, status: .notFound)
    }

    public func failure(context: AppRequestContext) -> Response {
        let page = ErrorPage(
            message: "服务器内部错误，已记录；请稍后重试，或联系管理员", code: "internal", diagnostics: [], signIn: false)
        return render("error", title: "服务器错误", page: page, context: context, status: .internalServerError)
    }
}

struct PageData {
    var chrome: Chrome
    var page: Any
}

struct ErrorPage {
    var message: String
    var code: String
    var diagnostics: [String]
    var signIn: Bool
    var hasDiagnostics: Bool

    init(message: String, code: String, diagnostics: [String], signIn: Bool) {
        self.message = message
        self.code = code
        self.diagnostics = diagnostics
        self.signIn = signIn
        hasDiagnostics = !diagnostics.isEmpty
    }
}
