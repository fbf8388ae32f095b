import Catalog
import Foundation
import Testing

/// Every code reachable from the command line, reached from it: the JSON error on standard
/// output with its code, and the exit code its kind maps to.
@Suite struct ErrorCodeCommandTests {
    @Test(arguments: ErrorScenario.all) func eachCodeIsReportedAsJSON(_ scenario: ErrorScenario) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "onestop-errors-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in scenario.files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let substitute = { (arguments: [String]) in
            arguments.map {
                $0.replacingOccurrences(of: "$DB", with: folder.appendingPathComponent("onestop.sqlite").path)
                    .replacingOccurrences(of: "$DIR", with: folder.path)
            }
        }
        let environment = ["ONESTOP_STAFF": "w01-b1"].merging(scenario.environment) { _, given in given }
        for step in scenario.setup {
            let output = try CommandRunner.run(substitute(step), environment: environment)
            try #require(output.status == 0, "setup \(step): \(output.stderr)\(output.stdout)")
        }
        let output = try CommandRunner.run(substitute(scenario.command), environment: environment)
        let code = try #require(ErrorCode(rawValue: scenario.code), "not a code: \(scenario.code)")
        let expectedStatus = code == .invalidArgument ? ErrorOutput.usage : ErrorOutput.status(code.kind)
        #expect(output.status == expectedStatus, "\(output.stderr)\(output.stdout)")
        guard scenario.command.contains("json") else {
            #expect(output.stderr.contains("[\(scenario.code)]"), "\(output.stderr)")
            return
        }
        let body = try CommandRunner.json(output.stdout)
        let error = try #require(body["error"] as? [String: Any], "\(output.stdout)\(output.stderr)")
        #expect(error["code"] as? String == scenario.code, "\(output.stdout)")
        #expect(!(error["message"] as? String ?? "").isEmpty)
        #expect(error["kind"] as? String == code.kind.rawValue)
    }

    /// The scenarios cover every code except those that need a file too large to make in a
    /// test, a database that fails, or a catalog the loader would refuse first.
    @Test func everyReachableCodeHasAScenario() {
        let covered = Set(ErrorScenario.all.map(\.code))
        let missing = ErrorCode.allCases.map(\.rawValue).filter {
            !covered.contains($0) && !Self.unreached.contains($0)
        }
        #expect(missing.isEmpty, "codes without a command-line test: \(missing)")
    }

    /// Codes no scenario reaches, each for a reason a test of its own (in StoreTests or
    /// CatalogTests) covers.
    static let unreached: Set<String> = [
        "time-without-clock",  // `--at` refuses a bare date while parsing: invalid-argument
        "invalid-time",  // likewise
        "calendar-missing",  // a hall.yaml without a calendar fails check first (catalog-invalid)
        "published-result-missing", "published-result-unreadable",  // a database altered behind onestop
        "correction-without-reason",  // `score --correct` requires --reason while parsing
        "too-many-rows", "file-too-large", "field-too-long", "header-too-long", "row-too-long",  // large files
        "step-already-done", "separation-of-duties",  // the shipped catalog's services have no steps
        "period-not-scored",  // the shipped schemes score every period kind they name
        // The notice's other refusals need a notice edited line by line: HolidayNoticeParserTests
        // has one per code, CalendarCommandTests one through the command line.
        "notice-unknown-holiday", "notice-bad-date", "notice-wrong-weekday", "notice-wrong-count",
        "notice-unreadable-sentence", "notice-conflicting-days", "notice-other-year",
        "calendar-year-differs",  // a shipped year with other days: CalendarCommandTests
        "not-utf8-text",  // bytes that are not UTF-8, which a scenario's text cannot hold
        "calendar-edit-failed",  // the file system refuses
        "file-not-writable", "database-failed", "init-cannot-write",  // the file system refuses
        // `users add` reads the password on standard input, which a scenario has none of: UsersCommandTests.
        "user-exists", "password-too-short",
        // The web app's own refusals: WebAppTests (SignInTests and each area's tests).
        "sign-in-required", "wrong-credentials", "role-not-allowed", "form-not-from-page", "too-many-attempts",
        "setup-link-invalid", "bad-request-body", "no-such-path",
        "method-not-allowed",  // web only: the API's 405 (WebAppTests.APIRouteTests)
    ]

    @Test func errorsReferenceInDocsIsUpToDate() throws {
        let output = try CommandRunner.run(["errors"])
        let docs = try String(
            contentsOf: CommandRunner.repository.appendingPathComponent("docs/errors.md"), encoding: .utf8)
        #expect(output.stdout == docs, "run: swift run onestop errors > docs/errors.md")
    }

    @Test func aRefusalWithoutJSONGoesToStandardErrorWithItsCodeAndHint() throws {
        let output = try CommandRunner.run(
            ErrorScenario.accept.map { $0 == "$DB" ? "/tmp/onestop-errors-\(UUID().uuidString).sqlite" : $0 },
            environment: ["ONESTOP_STAFF": "nobody"])
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.contains("不在大厅的工作人员名单中") && output.stderr.contains("[unknown-staff]"))
        #expect(output.stderr.contains("--by"), "the command line adds the option that mends it")
    }

    @Test func rowDetailsNameTheRowAndColumnButNoValue() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "onestop-errors-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("cases.csv")
        try Data((ErrorScenario.header + "学生证补办,1,20219999,2026-09-28T09:30\n").utf8).write(to: csv)
        let output = try CommandRunner.run(
            ["cases", "import", csv.path, "--db", folder.appendingPathComponent("x.sqlite").path, "--format", "json"],
            environment: ["ONESTOP_STAFF": "w01-b1"])
        let error = try #require(CommandRunner.json(output.stdout)["error"] as? [String: Any], "\(output.stdout)")
        #expect(error["code"] as? String == "student-number-pattern")
        #expect(error["row"] as? Int == 2)
        #expect(error["column"] as? String == "student")
        #expect(error["file"] as? String == "cases.csv")
        #expect(!output.stdout.contains("20219999"), "the mistyped number is someone's: \(output.stdout)")
    }
}

/// The exit codes docs/errors.md documents, restated so a change to the mapping fails here.
enum ErrorOutput {
    static let usage: Int32 = 64

    static func status(_ kind: ErrorKind) -> Int32 {
        switch kind {
        case .notFound, .invalidInput, .refused, .unauthorized, .forbidden, .throttled: 1
        case .unavailable: 2
        }
    }
}
