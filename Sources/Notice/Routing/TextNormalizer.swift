import Foundation

/// Normalises what a student says so that it can be compared with the catalog's words:
/// no spaces or punctuation, no polite fillers, no sentence particles.
enum TextNormalizer {
    /// Phrases that carry no meaning for routing, longest first so that 我想问 goes before 我想.
    static let fillers: [String] = [
        "老师您好", "老师你好", "同学你好", "请问一下", "问一下", "请问", "您好", "你好", "老师", "麻烦", "帮我", "帮忙",
        "我想问", "我想要", "我想", "我要", "想要", "我们", "我的", "怎么办", "怎么弄", "怎么", "如何", "在哪里", "在哪儿",
        "在哪", "哪里", "去哪", "可以吗", "可以", "能不能", "能否", "是不是", "需要", "一下", "应该", "找谁", "谁管",
    ]
    static let particles: Set<UInt32> = Set(
        ["了", "的", "吗", "呢", "啊", "吧", "呀", "嘛", "哦", "哈", "啦", "么", "我", "你"].map { $0.unicodeScalars.first!.value })

    /// `text` already lowercased.
    static func normalize(_ text: ScalarText) -> ScalarText {
        var result = ScalarText(
            scalars: text.scalars.filter { value in
                // Han characters and ASCII letters and digits, most of any question, are kept
                // without looking up their Unicode properties.
                if (0x4E00...0x9FFF).contains(value) || isASCIILetterOrDigit(value) { return true }
                guard let scalar = Unicode.Scalar(value) else { return false }
                return !scalar.properties.isWhitespace && !isPunctuation(scalar)
            })
        fillerChain.apply(to: &result)
        result.scalars.removeAll { particles.contains($0) }
        return result
    }

    private static let fillerChain = ReplacementChain(fillers.map { ($0, "") })

    private static func isASCIILetterOrDigit(_ value: UInt32) -> Bool {
        (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .otherSymbol, .modifierSymbol, .currencySymbol:
            true
        default: false
        }
    }

    /// Characters and adjacent pairs (Chinese has no spaces, so pairs stand in for words) as
    /// keys: a scalar, or a pair with the top bit set.
    static func featureKeys(_ normalized: ScalarText) -> [UInt64] {
        let scalars = normalized.scalars
        var keys = scalars.map(UInt64.init)
        if scalars.count > 1 {
            for index in 0..<(scalars.count - 1) { keys.append(pairKey(scalars[index], scalars[index + 1])) }
        }
        return keys
    }

    static func pairKey(_ first: UInt32, _ second: UInt32) -> UInt64 {
        1 << 63 | UInt64(first) << 32 | UInt64(second)
    }

    static func isPair(_ key: UInt64) -> Bool { key >> 63 == 1 }
}
