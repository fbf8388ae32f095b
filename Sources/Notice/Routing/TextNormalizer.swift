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
    static let particles: Set<Character> = ["了", "的", "吗", "呢", "啊", "吧", "呀", "嘛", "哦", "哈", "啦", "么", "我", "你"]

    static func normalize(_ text: String) -> String {
        var result = String(
            text.lowercased().unicodeScalars.filter { scalar in
                !scalar.properties.isWhitespace && !isPunctuation(scalar)
            }.map(Character.init))
        for filler in fillers { result = result.replacingOccurrences(of: filler, with: "") }
        result.removeAll { particles.contains($0) }
        return result
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .otherSymbol, .modifierSymbol, .currencySymbol:
            true
        default: false
        }
    }

    /// Characters and adjacent pairs: Chinese has no spaces, so pairs stand in for words.
    static func features(_ normalized: String) -> [String] {
        let characters = Array(normalized)
        var features = characters.map { String($0) }
        if characters.count > 1 {
            for index in 0..<(characters.count - 1) { features.append(String(characters[index...index + 1])) }
        }
        return features
    }
}
