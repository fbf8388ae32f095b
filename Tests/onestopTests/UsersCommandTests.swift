import Foundation
import Testing

/// `onestop users add NAME --role ROLE` reads the password on standard input and stores a
/// bcrypt hash; the name must be on the hall's staff list.
@Suite struct UsersCommandTests {
    @Test func addsAUserFromStandardInputAndListsIt() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("onestop.sqlite").path
        let added = try CommandRunner.run(
            ["users", "add", "deputy", "--role", "deputy", "--db", db, "--by", "director"], input: "a-long-password\n")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("已添加用户 deputy（副主任）"))
        let listed = try CommandRunner.run(["users", "list", "--db", db, "--format", "json"])
        let users = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(users.count == 1)
        #expect(users.first?["role"] as? String == "deputy")
        #expect(users.first?["createdBy"] as? String == "director")
        #expect(!listed.stdout.contains("a-long-password") && !listed.stdout.contains("$2b$"))
        let again = try CommandRunner.run(
            ["users", "add", "deputy", "--role", "clerk", "--db", db, "--by", "director"], input: "another-password\n")
        #expect(again.status == 1)
        #expect(again.stderr.contains("[user-exists]"))
    }

    @Test func refusesAShortPasswordAndANameOffTheStaffList() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("onestop.sqlite").path
        let short = try CommandRunner.run(
            ["users", "add", "clerk", "--role", "clerk", "--db", db, "--by", "director"], input: "short\n")
        #expect(short.status == 1)
        #expect(short.stderr.contains("[password-too-short]"))
        let stranger = try CommandRunner.run(
            ["users", "add", "mallory", "--role", "director", "--db", db, "--by", "director"],
            input: "a-long-password\n")
        #expect(stranger.status == 1)
        #expect(stranger.stderr.contains("[unknown-staff]"))
        let listed = try CommandRunner.run(["users", "list", "--db", db])
        #expect(listed.stdout.contains("还没有用户"))
    }

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-users-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
