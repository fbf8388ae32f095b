import ArgumentParser
import Catalog
import Dispatch
import Foundation
import Hall
import Store
import WebApp

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "启动大厅的网页服务：办事指南、窗口受理、办件、进度查询、考核与 JSON 接口。")

    @Option(name: .long, help: "监听的地址（默认只在本机 127.0.0.1；大厅内网使用时写本机的内网地址或 0.0.0.0）。")
    var host = "127.0.0.1"

    @Option(name: .long, help: "监听的端口。")
    var port = 8080

    @Option(name: .long, help: "服务目录文件夹。")
    var catalog = "catalog"

    @Option(name: .long, help: "考核规则文件夹。")
    var rules = "rules"

    @Option(name: .long, help: "数据库文件（默认取 $ONESTOP_DB，未设置时为 onestop.sqlite）。")
    var db: String?

    @Option(name: .customLong("public-url"), help: "学生访问本服务的地址，用于受理回执上的短链接与二维码（默认 http://地址:端口）。")
    var publicURL: String?

    @Flag(name: .customLong("insecure-cookies"), help: "登录 Cookie 不加 Secure 标记：仅用于不经 HTTPS、又不在本机访问的内网部署。")
    var insecureCookies = false

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("端口须在 1 到 65535 之间") }
    }

    func run() throws {
        let location = HallServices.Location(
            catalogFolder: catalog, rulesFolder: rules, databasePath: AppDatabase.defaultPath(option: db))
        let hall: HallServices
        do {
            hall = try HallServices.open(location, clock: DatabaseOptions.rehearsalClock)
        } catch {
            throw CommandError(error.message, code: error.errorCode)
        }
        let options = WebServer.Options(
            host: host, port: port, location: location, publicBaseURL: publicURL, secureCookies: !insecureCookies)
        let finished = DispatchSemaphore(value: 0)
        let failure = ServeFailure()
        Task {
            do {
                try await WebServer.run(options, hall: hall)
            } catch {
                failure.set("\(error)")
            }
            finished.signal()
        }
        finished.wait()
        if let message = failure.message {
            throw CommandError("网页服务无法启动或意外停止：\(message)", code: .databaseFailed)
        }
    }
}

/// Why the server stopped, handed from its task to the command.
final class ServeFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: String?

    func set(_ message: String) { lock.withLock { stored = message } }
    var message: String? { lock.withLock { stored } }
}
