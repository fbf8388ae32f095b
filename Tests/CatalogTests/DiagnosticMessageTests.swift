import Catalog
import Testing

/// The corpus checks where each diagnostic is; these check that its words say what is wrong and
/// how to fix it.
@Suite struct DiagnosticMessageTests {
    static let messages: [(corpus: String, code: String, says: [String])] = [
        ("03-yaml-unterminated-quote", "yaml-syntax", ["从这里开始的引号没有闭合；请补上结尾的引号"]),
        ("04-yaml-tab-indentation", "yaml-syntax", ["不能用制表符（Tab）缩进；请改用空格缩进"]),
        ("05-invalid-encoding-latin1-byte", "invalid-encoding", ["0xD7", "Latin-1", "请另存为 UTF-8"]),
        ("06-invalid-encoding-gbk", "invalid-encoding", ["GBK/GB18030", "请另存为 UTF-8"]),
        ("76-invalid-encoding-utf16", "invalid-encoding", ["UTF-16", "字节顺序标记", "请另存为 UTF-8"]),
        ("10-yaml-alias-anchor", "yaml-alias", ["不支持锚点“&weekday”"]),
        ("10-yaml-alias-anchor", "yaml-alias", ["不支持别名“*weekday”"]),
        ("12-duplicate-key", "duplicate-key", ["键“friday”", "第一次在第 11 行", "请只保留一个"]),
        ("15-missing-key", "missing-key", ["材料缺少必填的键“form”", "（可选 paper, electronic, either）"]),
        ("39-unknown-reference-role", "unknown-reference", ["已有的角色：clerk, deputy, director"]),
        ("40-unknown-reference-channel", "unknown-reference", ["已有的渠道：on_site, wechat"]),
        ("43-unknown-reference-post", "unknown-reference", ["目录中没有岗位“C”；已有的岗位：A, B"]),
        ("73-unknown-reference-redirect-window", "unknown-reference", ["目录中没有 9 号窗口；已有的窗口：1, 2"]),
        ("48-fee-without-basis", "fee-without-basis", ["（15 元）", "请用“basis:”写明收费标准"]),
        ("52-approval-levels-not-rising", "approval-levels", ["“deputy”的审批限额 50", "上一级的 100；"]),
        ("55-invalid-separation-self", "invalid-separation", ["环节不能与它自己分开办理"]),
        ("58-service-in-several-windows", "service-in-several-windows", ["请从其中一个窗口删去它"]),
        ("64-invalid-time-reversed-span", "invalid-time", ["结束时间 08:30 早于开始时间 17:30"]),
        ("65-invalid-time-no-such-minute", "invalid-time", ["没有 70 分"]),
        ("66-invalid-date-feb-30", "invalid-date", ["2026 年 2 月只有 28 天", "01 到 28"]),
        (
            "75-unexpected-file-nested-folder", "unexpected-file",
            ["services/ 的子文件夹中的文件不会被读取", "请把它移到 services/ 下"]
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
        #expect(found.map(\.message).contains("“services.fees.amount”是 -1，至少应为 0"))
    }

    @Test func closeMatchIsSuggestedInsteadOfTheList() throws {
        let messages = try BrokenCatalogCorpusTests.diagnostics(of: "38-unknown-reference-material").map(\.message)
        #expect(messages == ["目录中没有材料“idcard”（是否想写“id_card”？）"])
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

    /// Every message a user reads is Chinese (the standard); a message left in English has no Han character.
    @Test(arguments: BrokenCatalogCorpusTests.cases)
    func everyMessageIsInChinese(_ corpus: String) throws {
        let isHan = { (scalar: Unicode.Scalar) in (0x4E00...0x9FFF).contains(scalar.value) }
        for diagnostic in try BrokenCatalogCorpusTests.diagnostics(of: corpus) {
            #expect(diagnostic.message.unicodeScalars.contains(where: isHan), "\(corpus): \(diagnostic.formatted)")
        }
    }

    @Test func shortIdsAreSuggestedOnlyWhenTheyDifferInCase() {
        #expect(Suggestion.closest(to: "C", among: ["A", "B"]) == nil)
        #expect(Suggestion.closest(to: "ab", among: ["ac", "xb"]) == nil)
        #expect(Suggestion.closest(to: "a", among: ["A", "B"]) == "A")
        #expect(Suggestion.closest(to: "abd", among: ["abc"]) == "abc")
    }

    @Test func knownIdsAreListedOnlyWhenFew() {
        #expect(Suggestion.advice(for: "zz", among: ["a1", "b2"], kind: "角色") == "；已有的角色：a1, b2")
        #expect(Suggestion.advice(for: "zz", among: [], kind: "角色") == "；还没有定义任何角色")
        let many = (1...16).map { "role\($0)" }
        #expect(Suggestion.advice(for: "unrelated-name", among: many, kind: "角色") == "")
    }
}
