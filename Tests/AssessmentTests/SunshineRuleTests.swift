import Assessment
import Catalog
import Foundation
import Testing

/// `sunshine:` in a person scheme: read with its weights, checked (percentages adding up to
/// 100, winners at least 1, person schemes only), and the standing's arithmetic and ties.
@Suite struct SunshineRuleTests {
    static let person = """
        version: 1
        scheme:
          id: sample
          name: 示例方案
          source: {document: 示例}
          subject: person
          period: month
          demerits:
            items:
              - {id: demerit.late, name: 迟到, clause: 迟到记过1次}
            thresholds:
              - {id: cut, name: 扣工资, per: month, at_least: 2, consequence: wage_cut, amount: 1}
          sunshine:
            name: 阳光窗口
            clause: 投票评比
            weights: {votes: 50, teachers: 30, hall: 20}
            winners: 1
            minimum_votes: 10

        """

    func load(_ text: String) -> SchemeLoader.Result {
        SchemeLoader.load(files: [("rules/assessment/sample.yaml", Data(text.utf8))])
    }

    @Test func theShippedFileAndTheSampleAreClean() throws {
        let result = load(Self.person)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted.map(\.formatted))")
        let rule = try #require(result.schemes.first?.sunshine)
        #expect(rule.weights == .init(votes: 50, teachers: 30, hall: 20))
        #expect(rule.winners == 1 && rule.minimumVotes == 10)
        let shipped = SchemeLoader.load(
            folder: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("rules").path)
        #expect(!shipped.diagnostics.hasErrors)
        let hut = try #require(shipped.schemes.first { $0.id == "hut-demerits" }?.sunshine)
        #expect(hut.assumed.contains("weights") && hut.clause.hasPrefix("采用群众评议"))
    }

    @Test(arguments: [
        ("{votes: 50, teachers: 30, hall: 20}", "{votes: 50, teachers: 30, hall: 30}", "invalid-scheme", 14),
        ("{votes: 50, teachers: 30, hall: 20}", "{votes: 50, teachers: 30, hall: -20}", "invalid-value", 16),
        ("    winners: 1\n", "    winners: 0\n", "invalid-value", 17),
        ("  subject: person", "  subject: window", "invalid-scheme", 14),
    ])
    func aBadRuleIsReportedWhereItIs(_ old: String, _ new: String, _ code: String, _ line: Int) {
        let found = load(Self.person.replacingOccurrences(of: old, with: new)).diagnostics.sorted
        #expect(
            found.contains { $0.code == code && $0.location.line == line },
            "\(code) not at line \(line); got \(found.map(\.formatted))")
    }

    @Test func tiesShareAPlaceAndTheWinnersQuota() {
        let rule = SunshineRule(
            name: "阳光窗口", clause: "", weights: .init(votes: 50, teachers: 30, hall: 20), winners: 1, minimumVotes: 4,
            location: SourceLocation(file: "x", line: 1, column: 1))
        let windows = (1...3).map { WindowReference(number: $0, name: "窗口\($0)") }
        let full = SunshineStanding.Opinion(score: 80, note: nil, enteredBy: "主任", enteredAt: "2026-11-01T10:00")
        let standing = SunshineStanding(
            rule: rule, period: "2026-10", windows: windows, votes: [1: 3, 2: 3, 3: 1],
            opinions: [1: [.teachers: full, .hall: full], 2: [.teachers: full, .hall: full], 3: [.teachers: full]])
        #expect(standing.rows.map(\.window.number) == [1, 2, 3])
        #expect(standing.rows[0].rank == 1 && standing.rows[1].rank == 1 && standing.rows[0].tied)
        // Tied at the top: both are 阳光窗口, though the quota is one.
        #expect(standing.winnerRows.map(\.window.number) == [1, 2])
        #expect(standing.rows[2].total == nil && standing.rows[2].rank == nil && !standing.rows[2].winner)
        #expect(standing.rows[2].votePoints == 33.33)
        #expect(standing.rows[0].total == 90)
    }
}
