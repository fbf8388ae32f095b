import Foundation
import Hummingbird

/// `GET /api/openapi.yaml`: the OpenAPI 3.1 document of every `/api/` path, as shipped in
/// `Static/openapi.yaml` (read once; the conformance tests hold it to what the server answers).
struct APIDocumentRoutes: RouteGroup {
    let environment: WebEnvironment

    init(environment: WebEnvironment) {
        self.environment = environment
    }

    static let path = PageRenderer.staticFolder + "/openapi.yaml"

    func register(on router: Router<AppRequestContext>) {
        let document = (try? String(contentsOfFile: Self.path, encoding: .utf8)) ?? ""
        router.get("/api/openapi.yaml") { _, _ in
            guard !document.isEmpty else { throw WebError.noSuchPath }
            return Response(
                status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: document)))
        }
        router.refuseOtherMethods(on: "/api/openapi.yaml", allowed: [.get])
    }
}
