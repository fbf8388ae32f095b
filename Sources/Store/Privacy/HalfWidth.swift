/// Full-width digits and letters (`２０２１０４０１２３`, `Ｘ`), which a Chinese input method types
/// in full-width mode, read as their ASCII forms when looking for numbers. Each maps to one
/// scalar of the same UTF-16 length, so positions found in the mapped text hold in the original.
enum HalfWidth {
    private static let fullWidth: ClosedRange<UInt32> = 0xFF01...0xFF5E
    private static let offset: UInt32 = 0xFEE0

    static func ascii(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard fullWidth.contains(scalar.value), let mapped = Unicode.Scalar(scalar.value - offset) else {
            return scalar
        }
        return mapped
    }

    static func ascii(_ character: Character) -> Character {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return character }
        return Character(ascii(scalar))
    }

    static func ascii(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text.unicodeScalars.map(ascii))
        return String(view)
    }
}
