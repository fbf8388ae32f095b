extension String {
    /// Without leading and trailing spaces and tabs; pure Swift, as Foundation's trimming
    /// bridges through NSString on Linux and was a tenth of an import.
    var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
