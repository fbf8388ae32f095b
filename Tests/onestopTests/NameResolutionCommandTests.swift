import Foundation
import GRDB
import Testing

/// What window staff type resolves the same way in every command: `show`, `notice` and
/// `cases accept` agree on a service, and materials, defects, facts, windows, event items and
/// schemes are taken by id, Chinese name or a unique part of a name.
@Suite struct NameResolutionCommandTests {
    let folder: URL
    var db: String { folder.appendingPathComponent("onestop.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Runs as window staff would; only the ledger's commands take the database.
    func onestop(_ arguments: [String]) throws -> CommandRunner.Output {
        let ledger = ["cases", "events", "score"].contains(arguments.first ?? "")
        return try CommandRunner.run(
            arguments + (ledger ? ["--db", db] : []), environment: ["ONESTOP_STAFF": "w01-b1"])
    }

    static let accept = ["cases", "accept", "--window", "1", "--student", "2021040123", "--at", "2026-09-28T09:30"]

    /// `学生证` is part of two services' names: all three commands list both, none picks one.
    @Test(arguments: [["show"], ["notice"], ["cases", "accept"]])
    func aPartOfTwoNamesListsBothInEveryCommand(_ command: [String]) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let rest = command == ["cases", "accept"] ? Array(Self.accept.dropFirst(2)) : []
        let output = try onestop(command + ["学生证"] + rest)
        #expect(output.status == 1)
        #expect(output.stderr.contains("对应多个事项"), "\(output.stderr)")
        #expect(output.stderr.contains("student-id-replacement  学生证补办"), "\(output.stderr)")
        #expect(output.stderr.contains("学生证办理"), "\(output.stderr)")
    }

    /// A unique part, an alias or a near miss: the three commands answer alike.
    @Test(arguments: [["show"], ["notice"], ["cases", "accept"]])
    func aUniquePartOrAnAliasIsFoundInEveryCommand(_ command: [String]) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let rest = command == ["cases", "accept"] ? Array(Self.accept.dropFirst(2)) : []
        for query in ["学生证补", "补办学生证"] {
            let output = try onestop(
                command + [query] + rest + (command == ["notice"] ? ["--accepted", "2026-09-28T09:30"] : []))
            #expect(output.status == 0, "\(query): \(output.stderr)")
            if command == ["cases", "accept"] { #expect(output.stdout.contains("学生证补办"), "\(output.stdout)") }
        }
        let miss = try onestop(command + ["学生证补班"] + rest)
        #expect(miss.status == 1)
        #expect(miss.stderr.contains("您是不是要找“student-id-replacement”（学生证补办）"), "\(miss.stderr)")
    }

    @Test func noticeTakesMaterialsDefectsAndFactsByTheirChineseNames() throws {
        let output = try CommandRunner.run([
            "notice", "学生证补办", "--fact", "证件情况=损坏", "--fact", "学生类别=在校生", "--have", "身份证",
            "--have", "书面申请", "--defect", "身份证=过期", "--accepted", "2026-09-30T10:00", "--format", "json",
        ])
        #expect(output.status == 0, "\(output.stderr)")
        let body = try CommandRunner.json(output.stdout)
        #expect(body["defective"] as? [String] == ["id_card"])
        let materials = try #require(body["materials"] as? [[String: Any]])
        let card = try #require(materials.first { $0["id"] as? String == "id_card" })
        #expect(card["status"] as? String == "defective")
        #expect(try #require(body["missing"] as? [String]).contains("id_card") == false)
    }

    @Test func aValueOfAnotherFactIsRefusedWithThePairItMeans() throws {
        let output = try CommandRunner.run(["notice", "学生证补办", "--fact", "学生类别=研究生"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("请写作“培养层次=研究生”"), "\(output.stderr)")
    }

    /// The ledger keeps the catalog's ids, however staff named the facts and materials.
    @Test func acceptStoresIdsForFactsAndMaterialsTypedInChinese() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try onestop(
            ["cases", "accept", "学生证补办"] + Self.accept.dropFirst(2) + [
                "--fact", "证件情况=遗失", "--material", "身份证=provided",
            ])
        #expect(output.status == 0, "\(output.stderr)")
        let row = try #require(
            try DatabaseQueue(path: db).read { try Row.fetchOne($0, sql: "SELECT facts, materials FROM ledger_case") })
        #expect(row["facts"] as String? == #"{"card.reason":"lost"}"#)
        #expect(row["materials"] as String? == #"{"id_card":"provided"}"#)
        let unknown = try onestop(
            ["cases", "accept", "学生证补办"] + Self.accept.dropFirst(2) + ["--material", "护照=provided"])
        #expect(unknown.status == 1 && unknown.stderr.contains("没有这个材料"), "\(unknown.stderr)")
    }

    /// Event items by their Chinese names (or a part only one has), windows by number or name,
    /// the scheme by a part of its name.
    @Test func eventsImportChineseItemNamesAndScoreFindsTheSchemeByName() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = """
            日期,窗口,工作人员,项目,次数
            2026-10-09,1,小王,无故迟到、早退,2
            2026-10-12,学生资助,小李,旷工,1
            2026-10-13,4号窗口,小张,串岗聊天,1

            """
        let file = folder.appendingPathComponent("events.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let imported = try onestop(["events", "import", file.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let items = try DatabaseQueue(path: db).read {
            try String.fetchAll($0, sql: "SELECT item || '@' || window_number FROM assessment_event ORDER BY date")
        }
        #expect(items == ["discipline.late_or_early@1", "discipline.absent@2", "discipline.off_task@4"])
        let score = try onestop(["score", "--scheme", "武隆", "--period", "2026-10", "--format", "json"])
        #expect(score.status == 0, "\(score.stderr)")
        let ambiguous = try onestop(["score", "--scheme", "考核", "--period", "2026-10"])
        #expect(ambiguous.status == 1 && ambiguous.stderr.contains("对应多个考核方案"), "\(ambiguous.stderr)")
    }

    @Test func anEventItemNamedByMoreThanOneSchemeListsThem() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("events.csv")
        try "date,window,item\n2026-10-09,1,迟到\n".write(to: file, atomically: true, encoding: .utf8)
        let output = try onestop(["events", "import", file.path])
        #expect(output.status == 1)
        #expect(output.stderr.contains("第 2 行，“item”列：“迟到”对应多个考核项目"), "\(output.stderr)")
    }
}
