import Catalog

/// Offices and people a question names only as who told or sent the student (教务秘书说成绩单
/// 要到大厅来盖章, 银行那边说, 我去过教务处了) or as where the matter is (快递站旁边的围墙裂了):
/// they are not the matter, so they are read out of the question and cannot outrank the hall's
/// service it is about (item 4 of docs/notice.md's routing).
struct ReportedSources: Sendable {
    /// Outside departments' names and keywords as questions are read, longest first.
    let names: [ScalarText]
    let said: [ScalarText]
    let visited: [ScalarText]
    let nearby: [ScalarText]
    /// The three lists: a question with none of them names no source.
    let cues: [ScalarText]
    /// What may stand between a name and its `nearby` word (食堂的门口).
    static let of = ScalarText("的")
    /// What may stand between a name and its `said` word (银行那边说, 辅导员老师让我).
    static let joiners = ["那边的老师", "那边", "那里", "的老师", "老师", "的人"].map(ScalarText.init)

    init(catalog: Catalog, wording: QuestionWording) {
        let thesaurus = catalog.thesaurus
        names = Set(
            catalog.departments.filter { !$0.inHall }.flatMap { [$0.name] + $0.keywords }
                .map { wording.read(ScalarText($0.lowercased())) }
        ).filter { $0.count >= 2 }.sorted { $0.count > $1.count }
        said = thesaurus.said.map { ScalarText($0.text) }.filter { !$0.isEmpty }
        visited = thesaurus.visited.map { ScalarText($0.text) }.filter { !$0.isEmpty }
        nearby = thesaurus.nearby.map { ScalarText($0.text) }.filter { !$0.isEmpty }
        cues = said + visited + nearby
    }

    /// The question with every reported name blanked out (the same length: spaces, which
    /// normalising drops).
    func removing(from question: ScalarText) -> ScalarText {
        // Most questions hold no cue: a few short scans, before the presence bits that the
        // names' loop needs are built.
        guard cues.contains(where: question.contains) else { return question }
        let present = PairPresence(question)
        var text = question
        for name in names where present.mayContain(name) {
            var start = 0
            while let found = text.firstIndex(of: name, from: start) {
                let end = found + name.count
                if isSaid(text, after: end) || isVisited(text, before: found) || isNearby(text, after: end) {
                    for index in found..<end { text.scalars[index] = 0x20 }
                }
                start = end
            }
        }
        return text
    }

    /// 银行那边说, 辅导员老师让我.
    private func isSaid(_ text: ScalarText, after end: Int) -> Bool {
        Self.holdsOne(of: said, in: text, at: end, after: Self.joiners)
    }

    /// 快递站旁边, 食堂的门口.
    private func isNearby(_ text: ScalarText, after end: Int) -> Bool {
        Self.holdsOne(of: nearby, in: text, at: end, after: [Self.of])
    }

    /// Whether one of `words` stands at `index`, or after the first of `joiners` that does.
    private static func holdsOne(
        of words: [ScalarText], in text: ScalarText, at index: Int, after joiners: [ScalarText]
    ) -> Bool {
        let joined = joiners.first { text.holds($0, at: index) }?.count ?? 0
        return words.contains { text.holds($0, at: index + joined) }
    }

    private func isVisited(_ text: ScalarText, before start: Int) -> Bool {
        visited.contains { text.holds($0, at: start - $0.count) }
    }
}
