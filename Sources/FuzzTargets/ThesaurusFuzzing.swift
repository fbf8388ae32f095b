import Catalog
import Foundation
import Notice

/// A thesaurus file of any bytes in the shipped hall; when the hall loads with it, as the
/// server would use it, questions of every kind are routed through it.
enum ThesaurusFuzzing {
    static let questions = [
        "饭卡丢了怎么办", "xueshengzheng buban", "I lost my student ID card", "", "？？？", "辅导员让我来大厅问问",
        String(repeating: "补办学生证", count: 200), "fan ka gua shi", "研究生学费一年多少",
    ]

    static func route(_ input: Data, on fixture: FuzzFixture) -> FuzzFindings {
        let loaded = CatalogLoader.load(fixture.source(replacing: "thesaurus.yaml", with: input))
        var findings = FuzzFindings()
        findings.broken = CatalogFuzzing.misplaced(
            loaded.diagnostics, in: "catalog/thesaurus.yaml", lines: CatalogFuzzing.lineCount(input[...]))
        guard !loaded.diagnostics.hasErrors else { return findings }
        findings.accepted = true
        let router = Router(catalog: loaded.catalog)
        for question in questions + words(of: loaded.catalog.thesaurus) {
            let result = router.route(question)
            for match in result.matches where loaded.catalog.service(match.service.id) == nil || !match.score.isFinite {
                findings.broken.append("\(question) → \(match.service.id) (score \(match.score)), no such service")
            }
        }
        return findings
    }

    /// The thesaurus' own words as questions: the ones the fuzzer wrote reach the rewriting.
    static func words(of thesaurus: Thesaurus) -> [String] {
        Array(thesaurus.entries.flatMap { [$0.means.text] + $0.words.map(\.text) }.prefix(20))
    }
}
