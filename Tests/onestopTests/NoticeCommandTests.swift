import Foundation
import Testing

@Suite struct NoticeCommandTests {
    @Test func noticeJSONFollowsTheContract() throws {
        let output = try CommandRunner.run([
            "notice", "学生证补办", "--fact", "card.reason=damaged", "--have", "written_application",
            "--defect", "id_card=expired", "--have", "id_card", "--accepted", "2026-09-30T10:00", "--format", "json",
        ])
        #expect(output.status == 0, "\(output.stderr)")
        let body = try CommandRunner.json(output.stdout)
        for key in [
            "service", "window", "department", "in_scope", "referral", "basis", "materials", "missing", "defective",
            "questions", "refusal", "time_limit", "steps", "visits", "fee",
        ] {
            #expect(body.keys.contains(key), "missing \(key)")
        }
        let timeLimit = try #require(body["time_limit"] as? [String: Any])
        #expect(timeLimit["kind"] as? String == "working_days")
        #expect(timeLimit["value"] as? Int == 5)
        #expect(timeLimit["due"] as? String == "2026-10-13")
        #expect(body["defective"] as? [String] == ["id_card"])
        let material = try #require((body["materials"] as? [[String: Any]])?.first)
        #expect(Set(["id", "name", "status", "originals", "copies", "reason", "defect"]).isSubset(of: material.keys))
        #expect(body["referral"] is NSNull)
    }

    @Test func everyFormatRuns() throws {
        for format in ["text", "json", "markdown", "html"] {
            let output = try CommandRunner.run([
                "notice", "dorm-repair", "--accepted", "2026-11-23", "--format", format,
            ])
            #expect(output.status == 0 && !output.stdout.isEmpty, "\(format): \(output.stderr)")
        }
    }

    @Test func ambiguousServiceListsCandidates() throws {
        let output = try CommandRunner.run(["notice", "学生证"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("学生证补办") && output.stderr.contains("学生证办理"))
    }

    @Test func unknownFactValueOrMaterialExitsOneWithDidYouMean() throws {
        let fact = try CommandRunner.run(["notice", "学生证补办", "--fact", "card.reason=lots"])
        #expect(fact.status == 1 && fact.stderr.contains("lost"))
        let material = try CommandRunner.run(["notice", "学生证补办", "--have", "id_crad"])
        #expect(material.status == 1 && material.stderr.contains("id_card"))
        let malformed = try CommandRunner.run(["notice", "学生证补办", "--fact", "card.reason"])
        #expect(malformed.status != 0)
    }

    @Test func routeJSONFollowsTheContract() throws {
        let output = try CommandRunner.run(["route", "饭卡丢了", "--limit", "2", "--format", "json"])
        let body = try CommandRunner.json(output.stdout)
        #expect(body["query"] as? String == "饭卡丢了")
        #expect(body["out_of_scope"] as? Bool == false)
        let matches = try #require(body["matches"] as? [[String: Any]])
        #expect(matches.count <= 2)
        let first = try #require(matches.first)
        #expect(Set(["service", "window", "department", "score"]).isSubset(of: first.keys))
    }

    @Test func routeOutOfScopeRefers() throws {
        let output = try CommandRunner.run(["route", "身份证丢了", "--format", "json"])
        let body = try CommandRunner.json(output.stdout)
        #expect(body["out_of_scope"] as? Bool == true)
        #expect((body["referral"] as? [String: Any])?["phone"] != nil)
    }

    @Test func dueAcrossNationalDay() throws {
        let output = try CommandRunner.run(["due", "--accepted", "2026-09-30", "--working-days", "3"])
        #expect(output.stdout == "2026-10-10\n")
        let json = try CommandRunner.run([
            "due", "--accepted", "2026-09-30", "--working-days", "3", "--completed", "2026-10-13", "--format", "json",
        ])
        let body = try CommandRunner.json(json.stdout)
        #expect(body["due"] as? String == "2026-10-10")
        #expect(body["overdue_working_days"] as? Int == 2)
    }

    @Test func dueOutsideTheCalendarIsAClearError() throws {
        // 2100 is beyond the years the law's holidays are computed for (2027 is provisional instead).
        let output = try CommandRunner.run(["due", "--accepted", "2099-12-30", "--working-days", "5"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("2100"))
        #expect(output.stderr.contains("onestop calendar import"))
    }
}
