import Foundation

/// Whether any of many words contains a text, asked for thousands of texts: Foundation's search
/// over every word was two fifths of `check`. The words are joined once (NUL, which no catalog
/// text holds, between them) and searched bytewise; a byte match is confirmed by Foundation's
/// search in the one word it falls in (that search keeps whole characters), and a text with no
/// confirmed match is looked for with Foundation in every word, as before, so a canonically
/// equivalent spelling still counts.
struct WordContainment {
    private let words: [String]
    private let joined: [UInt8]
    /// Where each word starts in `joined`.
    private let starts: [Int]

    init(_ words: [String]) {
        self.words = words
        var joined: [UInt8] = []
        var starts: [Int] = []
        for word in words {
            starts.append(joined.count)
            joined += word.utf8
            joined.append(0)
        }
        self.joined = joined
        self.starts = starts
    }

    func anyWordContains(_ text: String) -> Bool {
        let needle = Array(text.utf8)
        if !needle.isEmpty, !needle.contains(0) {
            var from = 0
            while let offset = offset(of: needle, from: from) {
                if words[word(at: offset)].contains(text) { return true }
                from = offset + 1
            }
        }
        return words.contains { $0.contains(text) }
    }

    /// The first place at or after `from` where `needle` starts in `joined` (`memmem` is not
    /// in Glibc's Swift module): a scan for the first byte, then a comparison of the rest.
    private func offset(of needle: [UInt8], from: Int) -> Int? {
        joined.withUnsafeBufferPointer { haystack in
            let first = needle[0]
            var index = from
            let last = haystack.count - needle.count
            while index <= last {
                if haystack[index] == first {
                    var matched = 1
                    while matched < needle.count, haystack[index + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { return index }
                }
                index += 1
            }
            return nil
        }
    }

    /// The index of the word whose bytes hold `offset`.
    private func word(at offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
