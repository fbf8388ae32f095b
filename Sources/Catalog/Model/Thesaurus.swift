/// The hall's own words for routing (`catalog/thesaurus.yaml`): what students say and the
/// catalog's word it means (饭卡 → 一卡通), common typos and homophones (帐 → 账), and words that
/// say nothing about the matter (辅导员让我来), so a question is read for what it asks.
public struct Thesaurus: Sendable {
    /// A word as written, with where.
    public struct Word: Sendable, Hashable {
        public var text: String
        public var location: SourceLocation

        public init(text: String, location: SourceLocation) {
            self.text = text
            self.location = location
        }
    }

    /// `words` read as `means` when a question is routed.
    public struct Entry: Sendable {
        public enum Kind: String, Sendable { case synonym, typo, english }

        public var kind: Kind
        public var means: Word
        public var words: [Word]
        public var location: SourceLocation

        public init(kind: Kind, means: Word, words: [Word], location: SourceLocation) {
            self.kind = kind
            self.means = means
            self.words = words
            self.location = location
        }
    }

    public var entries: [Entry] = []
    /// Words dropped before matching: they tell who sent the student, not what they need.
    public var ignored: [Word] = []
    /// Places named only as the scene (学生证在食堂丢了): routing reads the question without
    /// them, unless a catalog phrase holds them (食堂营业时间) or nothing else is left.
    public var places: [Word] = []
    /// Words that ask what the rules are (有什么条件, 可以吗): between a consultation and a
    /// service of the same window that score close, the consultation comes first.
    public var asking: [Word] = []
    /// Words after an office or a person that make it only who told or sent the student
    /// (教务秘书说, 银行那边说): routing reads the named office out of the question.
    public var said: [Word] = []
    /// Words before an office the student has already been to (我去过教务处了): the same.
    public var visited: [Word] = []
    /// Words after an office that make it only where the matter is (快递站旁边的围墙, 食堂门口):
    /// the same.
    public var nearby: [Word] = []
    public var location: SourceLocation?

    public init() {}

    /// English words and the catalog's Chinese word they stand for (meal card → 一卡通), longest
    /// first, so an English question can also be read through the Chinese index.
    public var glossary: [(word: String, means: String)] {
        entries.filter { $0.kind == .english }
            .flatMap { entry in entry.words.map { (word: $0.text.lowercased(), means: entry.means.text) } }
            .sorted { $0.word.count != $1.word.count ? $0.word.count > $1.word.count : $0.word < $1.word }
    }

    /// Every rewrite, longest word first so 校园卡 goes before 校卡; typos before synonyms, so
    /// a corrected word can then be read as the catalog's.
    public var rewrites: [(word: String, means: String)] {
        let typos = entries.filter { $0.kind == .typo }
        let synonyms = entries.filter { $0.kind == .synonym }
        func pairs(_ entries: [Entry]) -> [(word: String, means: String)] {
            entries.flatMap { entry in entry.words.map { (word: $0.text, means: entry.means.text) } }
                .sorted { $0.word.count != $1.word.count ? $0.word.count > $1.word.count : $0.word < $1.word }
        }
        return pairs(typos) + pairs(synonyms)
    }
}
