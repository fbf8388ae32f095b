/// Did-you-mean suggestions by edit distance, for unknown keys, ids and values.
public enum Suggestion {
    /// Lists of known ids up to this length are printed in full when nothing is close.
    public static let listLimit = 15

    /// The closest candidate, if it is close enough to be a plausible typo. An id of one or two
    /// characters is one edit away from every other short id (`C` from `A`), so it only matches
    /// a candidate that differs in case.
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased())
        let limit = target.count <= 2 ? 0 : max(1, min(3, target.count / 3 + 1))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates.sorted() {
            let distance = editDistance(target, Array(candidate.lowercased()))
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// ` (did you mean 'x'?)` or an empty string.
    public static func hint(for word: String, among candidates: some Sequence<String>) -> String {
        guard let match = closest(to: word, among: candidates), match != word else { return "" }
        return " (did you mean '\(match)'?)"
    }

    /// ` (did you mean 'x'?)` when a candidate is close; otherwise `; known roles: a, b` when there
    /// are at most `listLimit` candidates, so the administrator sees what may be written there.
    /// `plural` names the candidates, e.g. `roles`.
    public static func advice(for word: String, among candidates: some Sequence<String>, plural: String) -> String {
        let hint = hint(for: word, among: candidates)
        guard hint.isEmpty else { return hint }
        let known = Set(candidates).sorted()
        if known.isEmpty { return "; no \(plural) are defined" }
        return known.count <= listLimit ? "; known \(plural): \(known.joined(separator: ", "))" : ""
    }

    static func editDistance(_ lhs: [Character], _ rhs: [Character]) -> Int {
        if lhs.isEmpty { return rhs.count }
        if rhs.isEmpty { return lhs.count }
        var previous = Array(0...rhs.count)
        var current = [Int](repeating: 0, count: rhs.count + 1)
        for (i, left) in lhs.enumerated() {
            current[0] = i + 1
            for (j, right) in rhs.enumerated() {
                let substitution = previous[j] + (left == right ? 0 : 1)
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[rhs.count]
    }
}
