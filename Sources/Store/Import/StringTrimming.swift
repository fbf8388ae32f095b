import Foundation

extension String {
    /// Without leading and trailing spaces and tabs; pure Swift, as Foundation's trimming
    /// bridges through NSString on Linux and was a tenth of an import.
    var trimmingSpaces: String {
        // Nearly every cell has nothing to trim: seen from its end bytes, without a new string.
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        if let first = utf8.first, let last = utf8.last, first != space, first != tab, last != space, last != tab {
            return self
        }
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }

    /// Without leading and trailing whitespace as Foundation's `.whitespaces` has it (spaces of
    /// every kind and tabs); a value with none, nearly every cell, is returned without bridging.
    var trimmingWhitespace: String {
        // An ASCII letter, digit or sign at each end: nothing to trim, and no Unicode lookup.
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return self
        }
        guard Self.isBlank(unicodeScalars.first) || Self.isBlank(unicodeScalars.last) else { return self }
        return trimmingCharacters(in: .whitespaces)
    }

    /// A tab or a space separator (Unicode's Zs, the spaces `.whitespaces` holds besides the tab),
    /// listed: looking up the category of every Chinese name's first and last character was a
    /// twentieth of an events import. `StringTrimmingTests` holds the list to the category.
    static func isBlank(_ scalar: Unicode.Scalar?) -> Bool {
        guard let value = scalar?.value else { return false }
        switch value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
