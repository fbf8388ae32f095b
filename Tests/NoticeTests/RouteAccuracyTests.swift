import Catalog
import Foundation
import Notice
import Testing

/// Top-1 accuracy of routing on realistic student queries written apart from the router
/// (Fixtures/route-queries.tsv: query, expected service id or OUT:department id, note).
@Suite struct RouteAccuracyTests {
    struct Case: Sendable {
        var query: String
        var expected: String
    }

    static let cases: [Case] = {
        let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/route-queries.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return fields.count >= 2 ? Case(query: String(fields[0]), expected: String(fields[1])) : nil
        }
    }()

    static func answer(_ result: RouteResult) -> String {
        if result.outOfScope { return "OUT:" + (result.referral?.id ?? "desk") }
        return result.matches.first?.service.id ?? "none"
    }

    @Test func topOneAccuracyOnTheQuerySet() {
        let router = Router(catalog: CatalogFixture.catalog)
        var wrong: [String] = []
        var inTopThree = 0
        for item in Self.cases {
            let result = router.route(item.query, limit: 3)
            let got = Self.answer(result)
            if got == item.expected || result.matches.contains(where: { $0.service.id == item.expected }) {
                inTopThree += 1
            }
            if got != item.expected { wrong.append("\(item.query)\texpected \(item.expected)\tgot \(got)") }
        }
        print("route top-3 accuracy: \(inTopThree)/\(Self.cases.count)")
        let accuracy = Double(Self.cases.count - wrong.count) / Double(max(Self.cases.count, 1))
        print("route top-1 accuracy: \(Self.cases.count - wrong.count)/\(Self.cases.count) = \(accuracy)")
        for line in wrong { print("  miss: \(line)") }
        #expect(Self.cases.count >= 80)
        #expect(accuracy >= 0.85, "accuracy \(accuracy)")
    }
}
