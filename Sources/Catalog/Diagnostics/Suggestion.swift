/// Did-you-mean suggestions by edit distance, for unknown keys, ids and values.
public enum Suggestion {
    /// Lists of known ids up to this length are printed in full when nothing is close.
    public static let listLimit = 15

    /// Words longer than this (in characters) get no suggestion. Ids, keys and names are short; a
    /// longer word is pasted text, not a typo, and comparing it would cost its length times each
    /// candidate's (a megabyte-long value took minutes).
    public static let maximumLength = 64

    /// The closest candidate, if it is close enough to be a plausible typo. An id of one or two
    /// characters is one edit away from every other short id (`C` from `A`), so it only matches
    /// a candidate that differs in case. The work per candidate is bounded by the word's length
    /// times the few edits allowed, whatever the candidates hold.
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        guard let target = characters(of: word, atMost: maximumLength) else { return nil }
        let limit = target.count <= 2 ? 0 : max(1, min(3, target.count / 3 + 1))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            // A tie goes to the candidate first in alphabetical order, so the hint is stable.
            let allowed = min(limit, best?.distance ?? limit)
            guard let other = characters(of: candidate, atMost: target.count + allowed),
                let distance = boundedEditDistance(target, other, limit: allowed)
            else { continue }
            if let current = best, (current.distance, current.candidate) <= (distance, candidate) { continue }
            best = (candidate, distance)
        }
        return best?.candidate
    }

    /// `（您是不是要找“x”？）` or an empty string: the same suggestion for messages staff read in Chinese.
    public static func chineseHint(for word: String, among candidates: some Sequence<String>) -> String {
        other(than: word, among: candidates).map { "（您是不是要找“\($0)”？）" } ?? ""
    }

    /// `（是否想写“x”？）` or an empty string: the did-you-mean of catalog diagnostics.
    public static func hint(for word: String, among candidates: some Sequence<String>) -> String {
        let guess = guess(for: word, among: candidates)
        return guess.isEmpty ? "" : "（\(guess)）"
    }

    /// `是否想写“x”？` or an empty string, for a message that puts it inside its own parentheses.
    public static func guess(for word: String, among candidates: some Sequence<String>) -> String {
        other(than: word, among: candidates).map { "是否想写“\($0)”？" } ?? ""
    }

    /// The closest candidate when it is not the word itself.
    private static func other(than word: String, among candidates: some Sequence<String>) -> String? {
        closest(to: word, among: candidates).flatMap { $0 == word ? nil : $0 }
    }

    /// `（是否想写“x”？）` when a candidate is close; otherwise `；已有的角色：a, b` when there are at
    /// most `listLimit` candidates, so the administrator sees what may be written there.
    /// `kind` names the candidates in Chinese, e.g. `角色`.
    public static func advice(for word: String, among candidates: some Sequence<String>, kind: String) -> String {
        let hint = hint(for: word, among: candidates)
        guard hint.isEmpty else { return hint }
        let known = Set(candidates).sorted()
        if known.isEmpty { return "；还没有定义任何\(kind)" }
        return known.count <= listLimit ? "；已有的\(kind)：\(known.joined(separator: ", "))" : ""
    }

    /// The lowercased characters of `text`, or `nil` when it has more than `maximum` of them;
    /// never reads more of a long text than that.
    private static func characters(of text: String, atMost maximum: Int) -> [Character]? {
        let head = Array(text.prefix(maximum + 1))
        guard head.count <= maximum else { return nil }
        return Array(String(head).lowercased())
    }

    /// The edit distance of `lhs` and `rhs` when it is at most `limit`, else `nil`. Only the band
    /// of cells within `limit` of the diagonal can hold such a distance, so the work is
    /// `lhs.count × (2 × limit + 1)`, and it stops at the first row that is already over.
    package static func boundedEditDistance(_ lhs: [Character], _ rhs: [Character], limit: Int) -> Int? {
        guard limit >= 0, abs(lhs.count - rhs.count) <= limit else { return nil }
        let over = limit + 1
        var previous = (0...rhs.count).map { min($0, over) }
        var current = [Int](repeating: over, count: rhs.count + 1)
        for (row, left) in lhs.enumerated() {
            let i = row + 1
            let low = max(1, i - limit)
            let high = min(rhs.count, i + limit)
            current[0] = min(i, over)
            if low > 1 { current[low - 1] = over }
            var rowMinimum = current[0]
            if low <= high {
                for j in low...high {
                    let substitution = previous[j - 1] + (left == rhs[j - 1] ? 0 : 1)
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution, over)
                    rowMinimum = min(rowMinimum, current[j])
                }
            }
            if high < rhs.count { current[high + 1] = over }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[rhs.count] <= limit ? previous[rhs.count] : nil
    }
}
