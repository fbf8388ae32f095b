import Foundation
import GRDB
import Testing

/// Personal data through the command line: every free-text field is masked unless `--unmask`
/// gives a reason, and every unmasked view leaves a disclosure entry in the audit trail.
@Suite struct PrivacyCommandTests {
    /// 18 characters with a valid GB 11643 check digit.
    static let idNumber = "11010519491231002X"
    static let maskedID = "110105********002X"

    let folder: URL
    var db: String { folder.appendingPathComponent("onestop.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-privacy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func onestop(_ arguments: [String]) throws -> CommandRunner.Output {
        try CommandRunner.run(arguments + ["--db", db, "--by", "w01-b1"])
    }

    func disclosures() throws -> [Row] {
        try DatabaseQueue(path: db).read {
            try Row.fetchAll($0, sql: "SELECT * FROM audit WHERE entity = 'disclosure'")
        }
    }

    /// A case of 张三 paused with a reason naming his ID number, his student number and his name.
    func pausedCase() throws {
        let accepted = try onestop([
            "cases", "accept", "学生证补办", "--window", "1", "--student", "2021040123", "--name", "张三", "--at",
            "2026-09-28T09:30",
        ])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        let paused = try onestop([
            "cases", "pause", "1", "--reason", "张三（身份证 \(Self.idNumber)，学号 2021040123）缺一寸照片", "--at",
            "2026-09-28T09:40",
        ])
        #expect(paused.status == 0, "\(paused.stderr)")
    }

    @Test func anIDNumberInAPauseReasonIsMaskedInCasesShow() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try pausedCase()
        for format in ["text", "json"] {
            let shown = try onestop(["cases", "show", "1", "--format", format])
            #expect(shown.status == 0, "\(shown.stderr)")
            #expect(!shown.stdout.contains(Self.idNumber), "\(shown.stdout)")
            #expect(shown.stdout.contains(Self.maskedID), "\(shown.stdout)")
            #expect(!shown.stdout.contains("2021040123") && shown.stdout.contains("2021****23"), "\(shown.stdout)")
            #expect(!shown.stdout.contains("张三") && shown.stdout.contains("张*"), "\(shown.stdout)")
        }
    }
}

extension PrivacyCommandTests {
    @Test func followUpListsMaskIDNumbersStudentNumbersAndNamesInText() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try pausedCase()
        let added = [
            try onestop([
                "referrals", "add", "张三问身份证 \(Self.idNumber) 能否补办", "--sent-to", "学生处", "--student", "2021040123",
                "--at", "2026-09-28T10:00",
            ]),
            try onestop([
                "complaints", "add", "学号 2021040123 的张三投诉", "--about", "张三 \(Self.idNumber)", "--at",
                "2026-09-28T10:00",
            ]),
            try onestop(["repairs", "add", "9栋312 张三", "门锁坏了，报修人 \(Self.idNumber)", "--at", "2026-09-28T10:00"]),
        ]
        for output in added { #expect(output.status == 0, "\(output.stderr)") }
        for (kind, format) in [("referrals", "text"), ("repairs", "text"), ("complaints", "json")] {
            do {
                let listed = try onestop([kind, "list", "--format", format])
                #expect(listed.status == 0, "\(listed.stderr)")
                #expect(listed.stdout.contains(Self.maskedID), "\(kind) \(format): \(listed.stdout)")
                #expect(!listed.stdout.contains(Self.idNumber), "\(kind) \(format): \(listed.stdout)")
                #expect(!listed.stdout.contains("2021040123"), "\(kind) \(format): \(listed.stdout)")
                #expect(!listed.stdout.contains("张三"), "\(kind) \(format): \(listed.stdout)")
            }
        }
    }

    @Test func eventNotesAreMaskedInEventsListAndScoreJSON() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try pausedCase()
        let csv = """
            date,window,staff,item,count,serious,note,recorded_by
            2026-10-12,4,小李,attitude.quarrel,1,true,与学生张三（\(Self.idNumber)，2021040123）争吵,张老师

            """
        let file = folder.appendingPathComponent("events.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let imported = try onestop(["events", "import", file.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let outputs = [
            try onestop(["events", "list"]), try onestop(["events", "list", "--format", "json"]),
            try onestop(["score", "--scheme", "wulong-monthly", "--period", "2026-10", "--format", "json"]),
        ]
        for output in outputs {
            #expect(output.status == 0, "\(output.stderr)")
            #expect(output.stdout.contains("与学生张*（\(Self.maskedID)，2021****23）争吵"), "\(output.stdout)")
            #expect(!output.stdout.contains(Self.idNumber) && !output.stdout.contains("2021040123"))
        }
    }

    @Test func unmaskingNeedsAReasonAndIsRecordedWithWhoAsked() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try pausedCase()
        let bare = try onestop(["cases", "show", "1", "--unmask"])
        #expect(bare.status != 0 && !bare.stdout.contains(Self.idNumber), "\(bare.stdout)")
        #expect(bare.stderr.contains("错误：--unmask <原因> 缺少值"), "\(bare.stderr)")
        let blank = try onestop(["cases", "show", "1", "--unmask", " "])
        #expect(blank.status != 0 && blank.stderr.contains("原因"), "\(blank.stderr)")
        #expect(try disclosures().isEmpty)
        let shown = try onestop(["cases", "show", "1", "--unmask", "学生本人申请核对身份"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains(Self.idNumber) && shown.stdout.contains("2021040123"))
        let entries = try disclosures()
        #expect(entries.count == 1)
        let entry = try #require(entries.first)
        #expect(entry["actor"] as String? == "w01-b1")
        #expect(entry["entity_id"] as Int64? == 1)
        let after = try #require(entry["after"] as String?)
        #expect(after.contains("学生本人申请核对身份") && after.contains("cases show"), "\(after)")
        let listed = try onestop(["referrals", "list", "--unmask", "投诉调查"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(try disclosures().count == 2)
        let resumed = try onestop(["cases", "resume", "1", "--at", "2026-09-29T09:00", "--unmask", "核对学号"])
        #expect(resumed.status == 0 && resumed.stdout.contains("2021040123"), "\(resumed.stderr)")
        #expect(try disclosures().count == 3)
    }

    @Test func overdueFollowUpsAndPublishedScoresAreMaskedToo() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try pausedCase()
        let referral = try onestop([
            "referrals", "add", "张三（2021040123）问奖学金", "--sent-to", "学生处", "--at", "2026-09-28T10:00",
        ])
        #expect(referral.status == 0, "\(referral.stderr)")
        for format in ["text", "json", "csv"] {
            let overdue = try onestop(["cases", "overdue", "--as-of", "2026-10-31", "--format", format])
            #expect(overdue.status == 0, "\(overdue.stderr)")
            #expect(overdue.stdout.contains("张*（2021****23）问奖学金"), "\(format): \(overdue.stdout)")
            #expect(!overdue.stdout.contains("2021040123") && !overdue.stdout.contains("张三"))
        }
        let csv = """
            date,window,staff,item,count,serious,note,recorded_by
            2026-10-12,4,小李,attitude.quarrel,1,true,与张三争吵，身份证 \(Self.idNumber),张老师

            """
        let file = folder.appendingPathComponent("events.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        #expect(try onestop(["events", "import", file.path]).status == 0)
        let score = ["score", "--scheme", "wulong-monthly", "--period", "2026-10"]
        let published = try onestop(score + ["--publish", "--yes", "--at", "2026-11-02T09:00", "--format", "json"])
        #expect(published.status == 0, "\(published.stderr)")
        let again = try onestop(score + ["--format", "json"])
        #expect(again.stderr.isEmpty && again.stdout.contains("与张*争吵，身份证 \(Self.maskedID)"), "\(again.stdout)")
        for output in [published, again] { #expect(!output.stdout.contains(Self.idNumber)) }
        let full = try onestop(score + ["--format", "json", "--unmask", "核对投诉"])
        #expect(full.stdout.contains(Self.idNumber))
        let stored = try DatabaseQueue(path: db).read {
            try String.fetchOne($0, sql: "SELECT result FROM published_score") ?? ""
        }
        #expect(stored.contains(Self.idNumber), "what was published is kept as it was")
    }
}
