import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `onestop serve` as a hall starts it: a real process on a real port, on a copy of the shipped
/// catalog. SIGHUP with a broken catalog is refused and the server keeps serving.
@Suite(.serialized) struct ServeCommandTests {
    @Test func servesPrintsTheFirstDirectorLinkAndRefusesABrokenCatalogOnHangUp() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["catalog", "rules"] {
            try FileManager.default.copyItem(
                at: CommandRunner.repository.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let port = Int.random(in: 20_000...40_000)
        let log = folder.appendingPathComponent("serve.log")
        let server = try CommandRunner.start(
            ["serve", "--port", "\(port)", "--db", "onestop.sqlite"], in: folder, output: log)
        defer { server.terminate() }
        let started = try await Self.wait(for: "OneStop 已启动", in: log)
        #expect(started, "\(Self.read(log))")
        #expect(Self.read(log).contains("http://127.0.0.1:\(port)/setup/"), "no users yet: the first director's link")
        let login = try await Self.get("http://127.0.0.1:\(port)/login")
        #expect(login.status == 200)
        #expect(login.body.contains("工作人员登录"))

        let hallFile = folder.appendingPathComponent("catalog/hall.yaml")
        try (String(contentsOf: hallFile, encoding: .utf8) + "\n  broken: [\n").write(
            to: hallFile, atomically: true, encoding: .utf8)
        kill(server.processIdentifier, SIGHUP)
        let refused = try await Self.wait(for: "重新加载被拒绝", in: log)
        #expect(refused, "\(Self.read(log))")
        #expect(
            try await Self.get("http://127.0.0.1:\(port)/login").status == 200, "the previous catalog keeps serving")
        #expect(Self.read(log).contains("GET /login 200"), "one line per request")
    }

    static func read(_ url: URL) -> String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }

    static func wait(for text: String, in log: URL, seconds: Int = 60) async throws -> Bool {
        for _ in 0..<(seconds * 10) {
            if read(log).contains(text) { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return false
    }

    static func get(_ address: String) async throws -> (status: Int, body: String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: address)!)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }
}
