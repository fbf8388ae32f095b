/// Replacements applied one after another, each to what the ones before left, exactly as a
/// chain of `replacingOccurrences` would. A word is looked for only when its first pair of
/// scalars (or its only scalar) is in the text: few of a thesaurus' words are in any question.
struct ReplacementChain: Sendable {
    let words: [ScalarText]
    let replacements: [ScalarText]
    /// Each word's slot in `PairPresence`, kept apart so the loop touches no word it skips.
    let slots: [Int]

    init(_ steps: [(word: String, with: String)]) {
        let kept = steps.map { (ScalarText($0.word), ScalarText($0.with)) }.filter { !$0.0.isEmpty }
        words = kept.map(\.0)
        replacements = kept.map(\.1)
        slots = words.map(PairPresence.slot(of:))
    }

    func apply(to text: inout ScalarText) {
        var present = PairPresence(text)
        for step in slots.indices where present.has(slots[step]) {
            if text.replaceAll(words[step], with: replacements[step]) { present = PairPresence(text) }
        }
    }
}

/// A bit per hashed scalar and scalar pair of a text: a needle whose first pair has no bit is
/// certainly not in it; one with a bit still has to be looked for.
struct PairPresence: Sendable {
    private static let bits = 1 << 14
    private var words = [UInt64](repeating: 0, count: PairPresence.bits / 64)

    init(_ text: ScalarText) {
        let scalars = text.scalars
        for index in scalars.indices {
            set(Self.slot(scalars[index]))
            if index + 1 < scalars.count { set(Self.slot(scalars[index], scalars[index + 1])) }
        }
    }

    func mayContain(_ needle: ScalarText) -> Bool { !needle.isEmpty && has(Self.slot(of: needle)) }

    func has(_ slot: Int) -> Bool { words[slot >> 6] & (1 << UInt64(slot & 63)) != 0 }

    /// The slot of a needle's first pair, or of its only scalar; an empty needle has slot 0.
    static func slot(of needle: ScalarText) -> Int {
        let scalars = needle.scalars
        guard let first = scalars.first else { return 0 }
        return scalars.count > 1 ? slot(first, scalars[1]) : slot(first)
    }

    private mutating func set(_ slot: Int) { words[slot >> 6] |= 1 << UInt64(slot & 63) }

    private static func slot(_ scalar: UInt32) -> Int { Int((scalar &* 2_654_435_761) >> 18) & (bits - 1) }

    private static func slot(_ first: UInt32, _ second: UInt32) -> Int {
        Int(((first &* 2_654_435_761) ^ (second &* 40503) &+ 0x9E37) >> 17) & (bits - 1)
    }
}
