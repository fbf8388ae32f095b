import Catalog
import Foundation
import Hall
import Hummingbird
import HummingbirdTesting
import Store
import Synchronization
import WebApp

/// The web app on a real SQLite file in a fresh folder, with the shipped catalog and rules, a
/// hall clock fixed at `now`, and one user per role (password `password-1234`, bcrypt cost 4
/// to keep tests quick). Requests go through the whole router in process (HummingbirdTesting).
struct WebFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let password = "password-1234"

    let folder: URL
    let environment: WebEnvironment
    /// Every request log line, to check that none holds personal data.
    let logLines: LogLines

    var hall: HallServices { environment.hall }

    /// The clerk is `w01-b1`, the deputy `deputy`, the director `director`.
    static let users: [(name: String, role: Role)] = [("w01-b1", .clerk), ("deputy", .deputy), ("director", .director)]

    init(now: String = "2026-10-12T09:00", withUsers: Bool = true) async throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.copyHall(to: folder)
        let location = HallServices.Location(
            catalogFolder: folder.appendingPathComponent("catalog").path,
            rulesFolder: folder.appendingPathComponent("rules").path,
            databasePath: folder.appendingPathComponent("onestop.sqlite").path)
        let hall = try HallServices.open(location, clock: .fixed(CivilDateTime(now)!))
        let lines = LogLines()
        logLines = lines
        environment = try await WebServer.environment(
            hall: hall, baseURL: "http://hall.test", passwordCost: 4, log: { lines.append($0) })
        if withUsers {
            for user in Self.users {
                try environment.accounts.add(
                    name: user.name, role: user.role, password: Self.password, by: "test", at: CivilDateTime(now)!)
            }
        }
    }

    /// A copy of the shipped catalog and rules, so a test may edit them (reloading).
    static func copyHall(to folder: URL) throws {
        for name in ["catalog", "rules"] {
            try FileManager.default.copyItem(
                at: repository.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Runs `body` with a client of the whole router.
    func test(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: WebRoutes.router(environment))
        try await app.test(.router, body)
    }
}

final class LogLines: Sendable {
    private let lines = Mutex<[String]>([])
    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}
