import Assessment
import Catalog
import Foundation
import Testing

/// Scheme files are checked like the catalog: each problem has its code and location.
@Suite struct SchemeValidationTests {
    static let valid = """
        version: 1
        scheme:
          id: sample
          name: 示例方案
          source: {document: 示例}
          subject: window
          period: month
          base: 100
          categories:
            - id: discipline
              name: 劳动纪律
              cap: 20
              items:
                - id: discipline.late
                  name: 迟到
                  clause: 迟到每次扣2分
                  points: 2
                  unit: occurrence
          grades:
            - {id: good, name: 良好, min: 80}
          outcomes:
            - {id: red_flag, name: 红旗窗口, kind: title, top: 3}

        """

    func diagnostics(_ text: String) -> [Diagnostic] {
        SchemeLoader.load(files: [("rules/assessment/sample.yaml", Data(text.utf8))]).diagnostics.sorted
    }

    func edit(_ old: String, _ new: String) -> String {
        precondition(Self.valid.contains(old), "example text not found: \(old)")
        return Self.valid.replacingOccurrences(of: old, with: new)
    }

    @Test func theValidSchemeIsClean() {
        #expect(diagnostics(Self.valid).map(\.formatted) == [])
    }

    @Test(arguments: [
        ("      cap: 20\n", "      cap: 20\n      weight: 2\n", "unknown-key", 13, 7),
        ("top: 3}", "top: 3, below: 60}", "conflicting-keys", 22, 7),
        (
            "{id: good, name: 良好, min: 80}", "{id: good, name: 良好, min: 80}\n    - {id: good, name: 好, min: 70}",
            "duplicate-id", 21, 7
        ),
        ("kind: title, top: 3}", "kind: title, grade: best}", "unknown-reference", 22, 7),
        ("          points: 2\n", "          points: 25\n", "points-exceed-cap", 14, 11),
        ("  subject: window", "  subject: person", "invalid-scheme", 3, 3),
        ("          points: 2\n", "          points: two\n", "type-mismatch", 17, 19),
        ("      cap: 20\n", "      cap: 20\n      assumed: {cap: 来源未给出}\n", "assumed-value", 12, 12),
    ])
    func aProblemIsReportedWhereItIs(_ old: String, _ new: String, _ code: String, _ line: Int, _ column: Int) {
        let found = diagnostics(edit(old, new))
        #expect(
            found.contains { $0.code == code && $0.location.line == line && $0.location.column == column },
            "\(code) not at \(line):\(column); got \(found.map(\.formatted))")
    }

    @Test func brokenYAMLAndBadVersionsAreDiagnosedNotCrashed() {
        #expect(diagnostics("version: 1\nscheme: [").contains { $0.code == "yaml-syntax" })
        #expect(diagnostics("version: 2\nscheme: {}\n").contains { $0.code == "unsupported-version" })
        #expect(diagnostics("").contains { $0.code == "empty-file" })
    }
}
