import Foundation
import Testing

/// The hall's "now" is Beijing time (hall.yaml `time_zone: Asia/Shanghai`) whatever the machine's
/// `TZ`: a container in UTC dates an acceptance and computes a due date as a terminal in the hall.
@Suite struct HallClockCommandTests {
    /// `notice` with no `--accepted`, in the machine zone `zone`; `ONESTOP_NOW` is cleared so the
    /// real clock is read.
    func notice(inZone zone: String) throws -> (accepted: String, due: String) {
        let output = try CommandRunner.run(
            ["notice", "学生证补办", "--format", "json"], environment: ["TZ": zone, "ONESTOP_NOW": ""])
        #expect(output.status == 0, "\(output.stderr)")
        let limit = try #require(try CommandRunner.json(output.stdout)["time_limit"] as? [String: Any])
        return (try #require(limit["accepted"] as? String), try #require(limit["due"] as? String))
    }

    /// Beijing's wall clock now, `YYYY-MM-DDTHH:MM`, computed here without the library.
    static func beijingNow() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm"
        return formatter.string(from: Date())
    }

    @Test func acceptanceTimeAndDueDateDoNotDependOnTheMachinesZone() throws {
        // Run in the same minute: if the minute turns between the runs, run them again.
        for _ in 0..<3 {
            let before = Self.beijingNow()
            let utc = try notice(inZone: "UTC")
            let beijing = try notice(inZone: "Asia/Shanghai")
            let newYork = try notice(inZone: "America/New_York")
            guard Self.beijingNow() == before else { continue }
            #expect(utc.accepted == before)
            #expect(utc.accepted == beijing.accepted && utc.due == beijing.due)
            #expect(newYork.accepted == beijing.accepted && newYork.due == beijing.due)
            return
        }
        Issue.record("the minute kept turning during the runs")
    }

    @Test func ledgerOperationsAreDatedInTheHallsZone() throws {
        let db = FileManager.default.temporaryDirectory.appendingPathComponent(
            "onestop-clock-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: db) }
        for _ in 0..<3 {
            let before = Self.beijingNow()
            let output = try CommandRunner.run(
                [
                    "cases", "accept", "学生证补办", "--student", "2021040123", "--name", "张三", "--window", "1",
                    "--format", "json", "--db", db.path,
                ], environment: ["TZ": "UTC", "ONESTOP_NOW": "", "ONESTOP_STAFF": "w01-b1"])
            #expect(output.status == 0, "\(output.stderr)")
            let body = try CommandRunner.json(output.stdout)
            guard Self.beijingNow() == before else { continue }
            #expect(body["submitted"] as? String == before, "\(output.stdout)")
            return
        }
        Issue.record("the minute kept turning during the runs")
    }
}
