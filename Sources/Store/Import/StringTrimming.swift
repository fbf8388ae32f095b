import Foundation

extension String {
    /// Without leading and trailing spaces and tabs; pure Swift, as Foundation's trimming
    /// bridges through NSString on Linux and was a tenth of an import.
    var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }

    /// Without leading and trailing whitespace as Foundation's `.whitespaces` has it (spaces of
    /// every kind and tabs); a value with none, nearly every cell, is returned without bridging.
    var trimmingWhitespace: String {
        func isBlank(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return false }
            return scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        guard isBlank(unicodeScalars.first) || isBlank(unicodeScalars.last) else { return self }
        return trimmingCharacters(in: .whitespaces)
    }
}
