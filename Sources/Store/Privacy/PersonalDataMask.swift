import Foundation

/// What a view shows of personal data: national ID numbers, student numbers of the hall's form
/// and the ledger's known student names are masked in every free-text field it is given, and
/// the student-number and name fields themselves. Views apply it to their named fields; it is
/// never run over a whole rendered output.
///
/// A masking one comes from `Ledger.personalDataMask()`; one that shows everything only from
/// `Ledger.disclose(_:by:at:)`, which records who asked and why first.
public struct PersonalDataMask: Sendable {
    /// False when everything is shown as stored.
    public let masks: Bool
    private let studentNumber: NSRegularExpression?
    /// Known names by their first character, then by length, longest first (欧阳小明 wins over
    /// 欧阳): a position of the text is compared only with names that can start there.
    private let names: [Character: [(length: Int, names: Set<String>)]]

    /// Masks ID numbers, student numbers matching `studentNumberPattern` (the whole token, not
    /// a piece of a longer number or word) and `names` (of two characters or more: one
    /// character would mask half of every sentence).
    public init(studentNumberPattern: String?, names: some Sequence<String>) {
        masks = true
        // The hall's pattern describes a whole number (`StudentNumberRule` anchors it); here it is
        // looked for inside text, so its own anchors are dropped and token edges stand for them.
        studentNumber = studentNumberPattern.flatMap { pattern in
            let body = pattern.hasPrefix("^") ? String(pattern.dropFirst()) : pattern
            let unanchored = body.hasSuffix("$") && !body.hasSuffix("\\$") ? String(body.dropLast()) : body
            return try? NSRegularExpression(pattern: "(?<![0-9A-Za-z])(?:\(unanchored))(?![0-9A-Za-z])")
        }
        let known = Set(names.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count >= 2 })
        self.names = Dictionary(grouping: known) { $0.first ?? " " }.mapValues { sameStart in
            Dictionary(grouping: sameStart, by: \.count).map { ($0.key, Set($0.value)) }.sorted {
                $0.length > $1.length
            }
        }
    }

    private init(unmasked: Void) {
        masks = false
        studentNumber = nil
        names = [:]
    }

    /// Shows everything: for `Ledger.disclose` only, after the disclosure is recorded.
    static var unmasked: PersonalDataMask { PersonalDataMask(unmasked: ()) }

    public func studentNumber(_ number: String) -> String {
        masks ? PersonalData.maskStudentNumber(number) : number
    }

    public func studentNumber(_ number: String?) -> String? { number.map(studentNumber) }

    public func name(_ name: String) -> String { masks ? PersonalData.maskName(name) : name }

    public func name(_ name: String?) -> String? { name.map(self.name) }

    /// A free-text field (a reason, a question, a note) with the personal data in it masked.
    public func text(_ text: String) -> String {
        guard masks, !text.isEmpty else { return text }
        var pieces = NationalIDNumber.split(text).map {
            Piece(text: $0.isNumber ? PersonalData.maskNationalID($0.text) : $0.text, masked: $0.isNumber)
        }
        pieces = pieces.flatMap { $0.masked ? [$0] : splitStudentNumbers($0.text) }
        pieces = pieces.flatMap { $0.masked ? [$0] : splitNames($0.text) }
        return pieces.map(\.text).joined()
    }

    public func text(_ text: String?) -> String? { text.map(self.text) }

    /// A stretch of text, and whether it is already a masked value (not to be looked into again).
    private struct Piece {
        var text: String
        var masked: Bool
    }

    private func splitStudentNumbers(_ text: String) -> [Piece] {
        guard let studentNumber else { return [Piece(text: text, masked: false)] }
        var pieces: [Piece] = []
        var rest = text.startIndex
        let matchable = HalfWidth.ascii(text)
        for match in studentNumber.matches(in: matchable, range: NSRange(matchable.startIndex..., in: matchable)) {
            guard let range = Range(match.range, in: text), !range.isEmpty else { continue }
            pieces.append(Piece(text: String(text[rest..<range.lowerBound]), masked: false))
            pieces.append(Piece(text: PersonalData.maskStudentNumber(String(text[range])), masked: true))
            rest = range.upperBound
        }
        pieces.append(Piece(text: String(text[rest...]), masked: false))
        return pieces
    }

    private func splitNames(_ text: String) -> [Piece] {
        guard !names.isEmpty else { return [Piece(text: text, masked: false)] }
        let characters = Array(text)
        var pieces: [Piece] = []
        var plain = ""
        var index = 0
        scan: while index < characters.count {
            for (length, sameLength) in names[characters[index]] ?? [] where index + length <= characters.count {
                let candidate = String(characters[index..<index + length])
                guard sameLength.contains(candidate) else { continue }
                pieces.append(Piece(text: plain, masked: false))
                pieces.append(Piece(text: PersonalData.maskName(candidate), masked: true))
                plain = ""
                index += length
                continue scan
            }
            plain.append(characters[index])
            index += 1
        }
        pieces.append(Piece(text: plain, masked: false))
        return pieces
    }
}
