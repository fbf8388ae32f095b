import Catalog
import Testing

/// The corpus checks where each diagnostic is; these check that its words say what is wrong and
/// how to fix it.
@Suite struct DiagnosticMessageTests {
    static let messages: [(corpus: String, code: String, says: [String])] = [
        ("03-yaml-unterminated-quote", "yaml-syntax", ["a quoted string that starts here is never closed"]),
        ("04-yaml-tab-indentation", "yaml-syntax", ["tabs cannot indent YAML; indent with spaces"]),
        ("05-invalid-encoding-latin1-byte", "invalid-encoding", ["0xD7", "Latin-1", "save it as UTF-8"]),
        ("06-invalid-encoding-gbk", "invalid-encoding", ["GBK/GB18030", "save it as UTF-8"]),
        ("76-invalid-encoding-utf16", "invalid-encoding", ["UTF-16", "byte-order mark", "save it as UTF-8"]),
        ("10-yaml-alias-anchor", "yaml-alias", ["anchor '&weekday'"]),
        ("10-yaml-alias-anchor", "yaml-alias", ["alias '*weekday'"]),
        ("12-duplicate-key", "duplicate-key", ["'friday'", "first at line 11"]),
        ("15-missing-key", "missing-key", ["(paper, electronic or either)"]),
        ("39-unknown-reference-role", "unknown-reference", ["known roles: clerk, deputy, director"]),
        ("40-unknown-reference-channel", "unknown-reference", ["known channels: on_site, wechat"]),
        ("43-unknown-reference-post", "unknown-reference", ["unknown post 'C'; known posts: A, B"]),
        ("73-unknown-reference-redirect-window", "unknown-reference", ["unknown window 9; known windows: 1, 2"]),
        ("48-fee-without-basis", "fee-without-basis", ["of 15 yuan"]),
        ("52-approval-levels-not-rising", "approval-levels", ["limit 50 of 'deputy'", "previous level's 100;"]),
        ("55-invalid-separation-self", "invalid-separation", ["a step cannot be kept apart from itself"]),
        ("58-service-in-several-windows", "service-in-several-windows", ["remove it from one of the windows"]),
        ("64-invalid-time-reversed-span", "invalid-time", ["ends at 08:30, before it starts at 17:30"]),
        ("65-invalid-time-no-such-minute", "invalid-time", ["minute 70 does not exist"]),
        ("66-invalid-date-feb-30", "invalid-date", ["February 2026 has 28 days", "from 01 to 28"]),
        (
            "75-unexpected-file-nested-folder", "unexpected-file",
            ["subfolders of services/ are not read", "move it up into services/"]
        ),
    ]

    @Test(arguments: messages.indices)
    func messageSaysWhatIsWrongAndHowToFixIt(_ index: Int) throws {
        let (corpus, code, says) = Self.messages[index]
        let messages = try BrokenCatalogCorpusTests.diagnostics(of: corpus).filter { $0.code == code }.map(\.message)
        #expect(
            messages.contains { message in says.allSatisfy(message.contains) },
            "\(corpus): no \(code) message says \(says); got \(messages)")
    }

    @Test func numbersAreWrittenAsTheAdministratorWroteThem() throws {
        let found = try ExampleEdit.load("services/daily.yaml", replacing: "amount: 15", with: "amount: -1")
        #expect(found.map(\.message).contains("'services.fees.amount' is -1; it must be at least 0"))
    }

    @Test func closeMatchIsSuggestedInsteadOfTheList() throws {
        let messages = try BrokenCatalogCorpusTests.diagnostics(of: "38-unknown-reference-material").map(\.message)
        #expect(messages == ["unknown material 'idcard' (did you mean 'id_card'?)"])
    }

    /// A catalog that could not be read in full gets one note instead of the cross-checks, and
    /// a catalog without such an error gets none.
    @Test(arguments: BrokenCatalogCorpusTests.cases)
    func crossChecksAreSkippedOnlyAfterErrorsThatLeaveTheCatalogIncomplete(_ corpus: String) throws {
        let stopping = Set(ValidationRule.all.filter(\.stopsCrossChecks).map(\.id))
        let diagnostics = try BrokenCatalogCorpusTests.diagnostics(of: corpus)
        let notes = diagnostics.filter { $0.code == "cross-checks-skipped" }
        let stopped = diagnostics.contains { $0.severity == .error && stopping.contains($0.code) }
        #expect(notes.count == (stopped ? 1 : 0), "\(corpus): \(notes.map(\.formatted))")
    }

    @Test func shortIdsAreSuggestedOnlyWhenTheyDifferInCase() {
        #expect(Suggestion.closest(to: "C", among: ["A", "B"]) == nil)
        #expect(Suggestion.closest(to: "ab", among: ["ac", "xb"]) == nil)
        #expect(Suggestion.closest(to: "a", among: ["A", "B"]) == "A")
        #expect(Suggestion.closest(to: "abd", among: ["abc"]) == "abc")
    }

    @Test func knownIdsAreListedOnlyWhenFew() {
        #expect(Suggestion.advice(for: "zz", among: ["a1", "b2"], plural: "roles") == "; known roles: a1, b2")
        #expect(Suggestion.advice(for: "zz", among: [], plural: "roles") == "; no roles are defined")
        let many = (1...16).map { "role\($0)" }
        #expect(Suggestion.advice(for: "unrelated-name", among: many, plural: "roles") == "")
    }
}
