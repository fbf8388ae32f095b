// The floor for bench/run's HTTP comparison: a minimal Hummingbird 2 server answering every
// GET and POST with one fixed body (a JSON file's bytes, or a short JSON object), nothing else.
//
// Usage: bench-floor [--port 8090] [--body FILE]
import Foundation
import Hummingbird

var port = 8090
var body = Data("{\"ok\":true}".utf8)
var arguments = CommandLine.arguments.dropFirst()
while let flag = arguments.popFirst() {
    let value = arguments.popFirst() ?? ""
    switch flag {
    case "--port": port = Int(value) ?? port
    case "--body": body = FileManager.default.contents(atPath: value) ?? body
    default:
        FileHandle.standardError.write(Data("unknown option \(flag)\n".utf8))
        exit(2)
    }
}

let bytes = ByteBuffer(bytes: body)
let router = Router()
let fixed: @Sendable (Request, BasicRequestContext) async throws -> Response = { _, _ in
    Response(
        status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: ResponseBody(byteBuffer: bytes))
}
router.get("/**", use: fixed)
router.post("/**", use: fixed)
let app = Application(
    router: router, configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: "bench-floor"))
try await app.runService()
