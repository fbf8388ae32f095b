/// A name a clerk typed that the catalog or the rules do not resolve, with a Chinese message
/// that says how to mend it and the details as fields, for callers that turn it into their error.
public struct ResolutionError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Problem: Equatable, Sendable {
        case notFound(suggestion: NameCandidate?)
        case ambiguous([NameCandidate])
        /// A fact value that belongs to another fact: `学生类别=研究生` means `培养层次=研究生`.
        case valueOfAnotherFact(NameCandidate)
    }

    /// Known entries up to this many are listed when nothing is close.
    public static let listLimit = 15

    public var kind: NameKind
    /// What was typed, trimmed, for a front end to show beside the field; a miss's message
    /// leaves it out.
    public var query: String
    public var problem: Problem
    /// What the name was looked up in: the material of a defect, the fact of a value.
    public var scope: String?
    /// Every entry there is, for the list when nothing is close.
    public var known: [NameCandidate]

    public init(
        kind: NameKind, query: String, problem: Problem, scope: String? = nil, known: [NameCandidate] = []
    ) {
        self.kind = kind
        self.query = query
        self.problem = problem
        self.scope = scope
        self.known = known
    }

    /// `unknown-service`, `ambiguous-material`, ...
    public var code: String {
        switch problem {
        case .ambiguous: kind.ambiguousCode
        case .notFound, .valueOfAnotherFact: kind.unknownCode
        }
    }

    public var candidates: [NameCandidate] {
        if case .ambiguous(let candidates) = problem { return candidates }
        return []
    }

    public var suggestion: NameCandidate? {
        switch problem {
        case .notFound(let suggestion): suggestion
        case .valueOfAnotherFact(let candidate): candidate
        case .ambiguous: nil
        }
    }

    /// A miss does not repeat what was typed: it may be a student's name or number typed into
    /// the wrong place, and the message is shown and logged. An ambiguous text is part of names
    /// the catalog has, and a value of another fact is one of its values, so those are quoted.
    public var message: String {
        let quoted = Self.quoted(query)
        let place = scope.map { "“\($0)”" } ?? ""
        switch problem {
        case .ambiguous(let candidates):
            let list = candidates.map { "  \($0.id)  \($0.name)" }.joined(separator: "\n")
            let within = scope.map { "“\($0)”的\(kind.noun)中，\(quoted)对应多个" } ?? "\(quoted)对应多个\(kind.noun)"
            return "\(within)，请写出其一的名称或编号：\n\(list)"
        case .valueOfAnotherFact(let candidate):
            return "\(place)没有取值\(quoted)；\(quoted)是另一项情况的取值，请写作“\(candidate.name)”"
        case .notFound(let suggestion):
            return "\(place)没有这个\(kind.noun)" + Self.hint(suggestion) + advice
        }
    }

    public var description: String { message }

    /// `（您是不是要找“x”？）`, naming the entry's Chinese name when the close word is its id.
    static func hint(_ suggestion: NameCandidate?) -> String {
        guard let suggestion else { return "" }
        let named = suggestion.name == suggestion.id ? "" : "（\(suggestion.name)）"
        return "（您是不是要找“\(suggestion.id)”\(named)？）"
    }

    /// An entry in the list of those there are: `1号学生日常事务`, `在校生（enrolled）`.
    private func listed(_ entry: NameCandidate) -> String {
        if kind == .window { return "\(entry.id)号\(entry.name)" }
        return entry.id == entry.name ? entry.id : "\(entry.name)（\(entry.id)）"
    }

    /// The typed text in Chinese quotes, cut short.
    static func quoted(_ text: String, limit: Int = 20) -> String {
        let head = text.prefix(limit + 1)
        return head.count > limit ? "“\(head.prefix(limit))…”" : "“\(text)”"
    }

    /// Where the full list is, or the list itself when it is short.
    private var advice: String {
        switch kind {
        case .service: return "；运行 onestop services 查看全部事项"
        case .scheme where known.isEmpty: return "；规则文件夹的 assessment/ 下没有任何考核方案"
        case .item where known.count > Self.listLimit: return "；考核项目见规则文件夹 assessment/ 中的方案"
        default:
            guard !known.isEmpty else { return "；目前没有可选的\(kind.noun)" }
            guard known.count <= Self.listLimit else { return "" }
            let list = known.map(listed).joined(separator: "、")
            return "；可选：\(list)"
        }
    }
}
