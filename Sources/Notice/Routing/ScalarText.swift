/// Text as an array of Unicode scalars, for the router's substring tests and replacements: a
/// question is tested against some two thousand thesaurus and catalog words, and String's
/// Foundation `contains` and `replacingOccurrences` cost microseconds each. Chinese and ASCII
/// text has one scalar per character, so the results are the same.
struct ScalarText: Hashable, Sendable {
    var scalars: [UInt32]

    init(_ text: String) { scalars = text.unicodeScalars.map(\.value) }
    init(scalars: [UInt32]) { self.scalars = scalars }

    var count: Int { scalars.count }
    var isEmpty: Bool { scalars.isEmpty }

    var string: String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars.compactMap(Unicode.Scalar.init))
        return String(text)
    }

    /// Where `needle` first starts at or after `start`; an empty needle is never found.
    func firstIndex(of needle: ScalarText, from start: Int = 0) -> Int? {
        let count = needle.scalars.count
        guard count > 0, scalars.count - start >= count else { return nil }
        return scalars.withUnsafeBufferPointer { text in
            needle.scalars.withUnsafeBufferPointer { wanted in
                let first = wanted[0]
                var index = start
                let last = text.count - count
                while index <= last {
                    if text[index] == first {
                        var offset = 1
                        while offset < count, text[index + offset] == wanted[offset] { offset += 1 }
                        if offset == count { return index }
                    }
                    index += 1
                }
                return nil
            }
        }
    }

    func contains(_ needle: ScalarText) -> Bool { firstIndex(of: needle) != nil }

    /// Whether `needle` stands at `index` (which may be anywhere, even outside the text).
    func holds(_ needle: ScalarText, at index: Int) -> Bool {
        guard index >= 0, index + needle.count <= scalars.count else { return false }
        return scalars[index..<(index + needle.count)].elementsEqual(needle.scalars)
    }

    /// Every occurrence, left to right and not overlapping, replaced; whether any was.
    @discardableResult
    mutating func replaceAll(_ needle: ScalarText, with replacement: ScalarText) -> Bool {
        guard var found = firstIndex(of: needle) else { return false }
        var result: [UInt32] = []
        result.reserveCapacity(scalars.count + replacement.count)
        var copied = 0
        while true {
            result.append(contentsOf: scalars[copied..<found])
            result.append(contentsOf: replacement.scalars)
            copied = found + needle.count
            guard let next = firstIndex(of: needle, from: copied) else { break }
            found = next
        }
        result.append(contentsOf: scalars[copied...])
        scalars = result
        return true
    }
}
