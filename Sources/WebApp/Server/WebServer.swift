import Catalog
import Dispatch
import Foundation
import Hall
import Hummingbird
import Store

/// `onestop serve`: opens the hall, builds the router and runs the HTTP server until stopped.
/// SIGHUP reloads the catalog and rules (a catalog with errors is refused and the previous one
/// keeps serving); on a start with no users it prints the one-time link for the first director.
public enum WebServer {
    public struct Options: Sendable {
        public var host: String
        public var port: Int
        public var location: HallServices.Location
        /// Where students reach the server (the receipt's link), when not `http://host:port`.
        public var publicBaseURL: String?
        public var secureCookies: Bool

        public init(
            host: String, port: Int, location: HallServices.Location, publicBaseURL: String? = nil,
            secureCookies: Bool = true
        ) {
            self.host = host
            self.port = port
            self.location = location
            self.publicBaseURL = publicBaseURL
            self.secureCookies = secureCookies
        }

        var baseURL: String { publicBaseURL ?? "http://\(host):\(port)" }
    }

    /// The environment for `hall`, with the shipped templates.
    public static func environment(
        hall: HallServices, baseURL: String, secureCookies: Bool = true, passwordCost: UInt8 = 12,
        log: @escaping @Sendable (String) -> Void
    ) async throws -> WebEnvironment {
        let holder = HallHolder(hall)
        let pages = try await PageRenderer.shipped { holder.current.catalog.hall?.name ?? "一站式学生事务中心" }
        return WebEnvironment(
            holder: holder, pages: pages, publicBaseURL: baseURL, secureCookies: secureCookies,
            passwordCost: passwordCost, log: log)
    }

    public static func run(_ options: Options, hall: HallServices) async throws {
        let log: @Sendable (String) -> Void = { line in Standard.output(line) }
        let environment = try await environment(
            hall: hall, baseURL: options.baseURL, secureCookies: options.secureCookies, log: log)
        let reloads = reloadOnHangUp(environment.holder, log: log)
        defer { reloads.cancel() }
        let app = Application(
            router: WebRoutes.router(environment),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "onestop"),
            onServerRunning: { _ in
                log("OneStop 已启动：\(options.baseURL)/ （办事指南）、\(options.baseURL)/desk （窗口受理）；按 Ctrl-C 停止")
                announceSetup(environment, baseURL: options.baseURL, log: log)
            })
        try await app.runService()
    }

    /// On a start with no users: the link that creates the first director.
    static func announceSetup(_ environment: WebEnvironment, baseURL: String, log: @Sendable (String) -> Void) {
        guard (try? environment.accounts.isEmpty) == true else { return }
        let token = environment.setup.issue()
        log("还没有任何用户。请打开以下一次性链接创建首位主任账号（或用 onestop users add director --role director）：")
        log("\(baseURL)/setup/\(token)")
    }

    /// SIGHUP re-reads catalog/ and rules/, as the director's button on the status page does.
    static func reloadOnHangUp(_ holder: HallHolder, log: @escaping @Sendable (String) -> Void)
        -> any DispatchSourceSignal
    {
        signal(SIGHUP, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGHUP, queue: .global())
        source.setEventHandler {
            let outcome = holder.reload()
            if let failure = outcome.failure {
                log("重新加载被拒绝，继续使用原目录：\(failure.message)")
            } else {
                log("已重新加载服务目录与考核规则")
            }
        }
        source.resume()
        return source
    }
}

/// Lines for the operator, on standard output, flushed at once (the log is read live).
enum Standard {
    static func output(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
