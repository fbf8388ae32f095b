import Foundation
import Testing

@Suite struct CatalogCommandTests {
    @Test func servicesJSONShowsThirteenWindowsWithServices() throws {
        let output = try CommandRunner.run(["services", "--format", "json"])
        #expect(output.status == 0)
        let windows = try #require(CommandRunner.json(output.stdout)["windows"] as? [[String: Any]])
        #expect(windows.map { $0["number"] as? Int } == Array(1...13))
        #expect(windows.first?["name"] as? String == "学生日常事务")
        let department = try #require(windows.first?["department"] as? [String: Any])
        #expect(department["name"] as? String == "学生工作处")
        let services = windows.flatMap { $0["services"] as? [[String: Any]] ?? [] }
        #expect(services.count >= 45)
        #expect(services.contains { $0["name"] as? String == "学生证补办" })
    }

    @Test func servicesOfOneWindow() throws {
        let output = try CommandRunner.run(["services", "--window", "11"])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("11号窗口  维修服务（后勤处）"))
        let missing = try CommandRunner.run(["services", "--window", "99"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("没有 99 号窗口"))
    }

    @Test func showByNameAndById() throws {
        let byName = try CommandRunner.run(["show", "学生证补办", "--format", "json"])
        #expect(byName.status == 0)
        let body = try CommandRunner.json(byName.stdout)
        #expect(body["time_limit"] as? String == "5个工作日")
        #expect((body["steps"] as? [Any])?.count == 5)
        let byID = try CommandRunner.run(["show", try #require(body["id"] as? String)])
        #expect(byID.stdout.hasPrefix("学生证补办（"))
    }

    @Test func showUnknownServiceSuggests() throws {
        let output = try CommandRunner.run(["show", "student-id-replacment"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("您是不是要找“student-id-replacement”"))
    }

    @Test func schemaIsJSONCoveringEveryFileKind() throws {
        let output = try CommandRunner.run(["schema"])
        let body = try CommandRunner.json(output.stdout)
        let properties = try #require(body["properties"] as? [String: Any])
        #expect(
            Set(properties.keys) == [
                "version", "hall", "departments", "facts", "materials", "window", "services", "calendar", "thesaurus",
            ])
    }

    @Test func rulesReferenceInDocsIsUpToDate() throws {
        let output = try CommandRunner.run(["rules"])
        let docs = try String(
            contentsOf: CommandRunner.repository.appendingPathComponent("docs/rules-catalog.md"), encoding: .utf8)
        #expect(output.stdout == docs, "run: swift run onestop rules > docs/rules-catalog.md")
    }

    @Test func initRefusesAnExistingFolder() throws {
        let output = try CommandRunner.run(["init", "catalog"])
        #expect(output.status == 1)
    }

    /// `init ""` once wrote the example over `hall.yaml` in the current folder.
    @Test func initRefusesAnEmptyNameAndOverwritesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let hall = folder.appendingPathComponent("hall.yaml")
        try Data("version: 1\n".utf8).write(to: hall)
        let output = try CommandRunner.run(["init", ""], in: folder)
        #expect(output.status == 1)
        #expect(output.stderr.contains("init-empty-path"))
        #expect(try String(contentsOf: hall, encoding: .utf8) == "version: 1\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["hall.yaml"])
    }
}
