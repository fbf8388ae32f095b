import Foundation
import Testing

/// `onestop cases accept` refuses, with exit 1 and the notice's own words, what `onestop notice`
/// redirects or refuses for the same facts.
@Suite struct AcceptDecisionCommandTests {
    let folder: URL
    var db: String { folder.appendingPathComponent("onestop.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-decision-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @Test(arguments: [
        ("dorm-bed-change", "1", "applicant.stage=graduate", "不予受理：已毕业学生不办理床位调整"),
        ("campus-card-issue", "10", "applicant.stage=enrolled", "请改为办理事项“一卡通补办”"),
    ])
    func acceptRefusesWhatTheNoticeDoesNotAccept(
        _ service: String, _ window: String, _ fact: String, _ words: String
    ) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let notice = try CommandRunner.run(["notice", service, "--fact", fact, "--accepted", "2026-11-23T10:00"])
        #expect(notice.status == 0, "\(notice.stderr)")
        let accept = try CommandRunner.run([
            "cases", "accept", service, "--window", window, "--student", "2021040123", "--fact", fact, "--at",
            "2026-11-23T10:00", "--db", db, "--by", "w01-b1",
        ])
        #expect(accept.status == 1)
        #expect(accept.stderr.contains(words), "\(accept.stderr)")
        #expect(notice.stdout.contains(words.replacingOccurrences(of: "不予受理：", with: "")), "\(notice.stdout)")
    }
}
